namespace PurchasePlatform.Inventory.Domain;

/// <summary>What one shard decided for one saga reservation key.</summary>
public sealed record Reservation(string Key, int Quantity, ReservationStatus Status, DateTimeOffset? ExpiresAt);
