namespace PurchasePlatform.Inventory.Domain;

/// <summary>What one shard decided for one flash-sale order key, stored under the order id.</summary>
public sealed record FlashOrder(
    Guid OrderId,
    string ProductId,
    string UserId,
    string IdempotencyKey,
    int Quantity,
    FlashOrderStatus Status,
    int Shard,
    DateTimeOffset? AcceptedAt = null,
    DateTimeOffset? CancelledAt = null);
