namespace PurchasePlatform.Inventory.Events;

/// <summary><c>inventory.order_accepted.v1</c>; <see cref="EventId"/> is the order id, the consumers' dedupe key.</summary>
public sealed record OrderAcceptedEvent(
    string EventId, Guid OrderId, string ProductId, string UserId, int Quantity, string IdempotencyKey, DateTimeOffset AcceptedAt);

/// <summary><c>inventory.order_canceled.v1</c>; <see cref="EventId"/> is "cancel-" + the order id.</summary>
public sealed record OrderCanceledEvent(
    string EventId, Guid OrderId, string ProductId, string UserId, int Quantity, DateTimeOffset CanceledAt);

/// <summary>
/// <c>inventory.stock_changed.v1</c>, per shard, best effort: a consumer keeps the highest <see cref="Version"/>
/// per (product, shard) and sums the shards.
/// </summary>
public sealed record StockChangedEvent(
    string ProductId, int Shard, int ShardCount, int Available, int Reserved, int Sold, long Version, DateTimeOffset ChangedAt);
