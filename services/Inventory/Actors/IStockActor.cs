using Dapr.Actors;
using PurchasePlatform.Inventory.Domain;

namespace PurchasePlatform.Inventory.Actors;

/// <summary>
/// The stock of one product; the actor id is the product id. Every method that changes stock has
/// persisted the change before it returns. Proxies must use JSON serialization (the runtime is set up for it).
/// </summary>
public interface IStockActor : IActor
{
    /// <summary>Sets the stock that is free to reserve; open reservations and sales are kept.</summary>
    Task<StockCounts> SetAvailableAsync(int available);

    /// <summary>Reserves stock for an idempotency key; the same key always gets its first outcome back.</summary>
    Task<ReserveOutcome> ReserveAsync(ReserveRequest request);

    Task<SettleResult> ConfirmAsync(string key);

    Task<SettleResult> ReleaseAsync(string key);

    Task<StockCounts> GetCountsAsync();
}
