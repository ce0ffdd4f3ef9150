using PurchasePlatform.Inventory.Domain;

namespace PurchasePlatform.Inventory.Actors;

public sealed record SetShardStockRequest(int Available, int ShardCount);

public sealed record FlashSellRequest(Guid OrderId, string ProductId, string UserId, string IdempotencyKey, int Quantity);

/// <summary>
/// A shard's decision for a flash order: <see cref="FlashOrder.Status"/> Passed (no stock here, try the next
/// shard), Accepted or Cancelled (bought here). <see cref="IsDuplicate"/>: decided on an earlier visit.
/// </summary>
public sealed record FlashSellOutcome(FlashOrder Order, bool IsDuplicate);

/// <summary>A flash order this shard sold, or none.</summary>
public sealed record FlashOrderLookup(FlashOrder? Order);

public sealed record ShardReserveRequest(string Key, int Quantity);

/// <summary>A shard's decision for a saga reservation; Passed means no stock here, try the next shard.</summary>
public sealed record ShardReserveOutcome(ReservationStatus Status, int Quantity, DateTimeOffset? ExpiresAt, bool IsDuplicate);
