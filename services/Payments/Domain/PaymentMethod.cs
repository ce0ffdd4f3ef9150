namespace PurchasePlatform.Payments.Domain;

/// <summary>A card a user saved: the provider's token and what can be shown, never the card number.</summary>
public sealed class PaymentMethod
{
    private PaymentMethod()
    {
    }

    public string Id { get; private set; } = null!;

    public Guid UserId { get; private set; }

    public string Type { get; private set; } = null!;

    public string Token { get; private set; } = null!;

    public string Brand { get; private set; } = null!;

    public string Last4 { get; private set; } = null!;

    public int ExpiryMonth { get; private set; }

    public int ExpiryYear { get; private set; }

    public bool IsDefault { get; set; }

    public DateTime CreatedAt { get; private set; }

    public CardDetails Card => new(Token, Brand, Last4, ExpiryMonth, ExpiryYear);

    public static PaymentMethod Add(Guid userId, CardDetails card, bool isDefault, DateTime now) => new()
    {
        Id = "pm-" + Guid.NewGuid().ToString("N"),
        UserId = userId,
        Type = "card",
        Token = card.Token,
        Brand = card.Brand,
        Last4 = card.Last4,
        ExpiryMonth = card.ExpiryMonth,
        ExpiryYear = card.ExpiryYear,
        IsDefault = isDefault,
        CreatedAt = now,
    };
}
