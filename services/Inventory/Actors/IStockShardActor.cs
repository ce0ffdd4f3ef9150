using Dapr.Actors;
using PurchasePlatform.Inventory.Domain;

namespace PurchasePlatform.Inventory.Actors;

/// <summary>
/// One shard of a product's stock; the actor id is <see cref="ShardActorId"/>. Each order key is decided once
/// per shard and that decision is returned on every later visit. Every change is persisted before the call
/// returns. Proxies must use JSON serialization (the runtime is set up for it).
/// </summary>
public interface IStockShardActor : IActor
{
    /// <summary>Sets the stock that is free to sell here; reservations and sales are kept.</summary>
    Task<ShardCounts> SetAvailableAsync(SetShardStockRequest request);

    /// <summary>
    /// Sets the available stock only if this shard's stock was never set (by this or <see cref="SetAvailableAsync"/>);
    /// otherwise changes nothing. Answers the counts either way.
    /// </summary>
    Task<ShardCounts> InitialiseAvailableAsync(SetShardStockRequest request);

    Task<ShardCounts> GetCountsAsync();

    /// <summary>Sells at once (available to sold) if this shard has the stock, else passes; once per order id.</summary>
    Task<FlashSellOutcome> SellAsync(FlashSellRequest request);

    Task<FlashOrderLookup> GetFlashOrderAsync(Guid orderId);

    /// <summary>Returns a sold flash order's stock to available; cancelling again changes nothing.</summary>
    Task<FlashOrderLookup> CancelFlashOrderAsync(Guid orderId);

    /// <summary>Holds stock for a saga key until confirmed, released or expired; once per key.</summary>
    Task<ShardReserveOutcome> ReserveAsync(ShardReserveRequest request);

    Task<SettleResult> ConfirmAsync(string key);

    Task<SettleResult> ReleaseAsync(string key);

    /// <summary>Puts a confirmed reservation's units back from sold to available; once per key.</summary>
    Task<SettleResult> ReturnAsync(string key);
}
