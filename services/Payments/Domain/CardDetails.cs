namespace PurchasePlatform.Payments.Domain;

/// <summary>What may be kept about a card: the provider's token and display details, never the card number.</summary>
public sealed record CardDetails(string Token, string Brand, string Last4, int ExpiryMonth, int ExpiryYear);
