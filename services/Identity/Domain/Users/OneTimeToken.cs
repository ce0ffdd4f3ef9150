namespace PurchasePlatform.Identity.Domain.Users;

/// <summary>A single-use, expiring token sent by mail: a password reset or an email verification.</summary>
public sealed class OneTimeToken
{
    private OneTimeToken()
    {
        TokenHash = "";
    }

    internal OneTimeToken(OneTimeTokenPurpose purpose, string tokenHash, DateTime createdAt, TimeSpan lifetime)
    {
        Id = Guid.NewGuid();
        Purpose = purpose;
        TokenHash = tokenHash;
        CreatedAt = createdAt;
        ExpiresAt = createdAt + lifetime;
    }

    public Guid Id { get; private set; }

    public OneTimeTokenPurpose Purpose { get; private set; }

    public string TokenHash { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime ExpiresAt { get; private set; }

    /// <summary>Set when redeemed, or when a newer token of the same purpose replaced it.</summary>
    public DateTime? ConsumedAt { get; private set; }

    internal void Consume(DateTime now) => ConsumedAt ??= now;
}
