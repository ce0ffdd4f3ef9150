namespace PurchasePlatform.Inventory.Domain;

/// <summary>A saga reservation that still holds stock, until <see cref="ExpiresAt"/> unless confirmed or released.</summary>
public sealed record OpenHold(string Key, int Quantity, DateTimeOffset ExpiresAt);
