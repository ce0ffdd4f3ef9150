namespace PurchasePlatform.Inventory.Domain;

/// <summary>Stock held for one idempotency key.</summary>
public sealed record Reservation(string Key, int Quantity, ReservationStatus Status, DateTimeOffset ExpiresAt);
