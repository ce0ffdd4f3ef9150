using Dapr.Actors;
using PurchasePlatform.Orchestrator.Store;

namespace PurchasePlatform.Orchestrator.Actors;

/// <summary>
/// One purchase saga; the actor id is the purchase id. Starting only saves the initial state and registers the
/// reminder that drives the saga, so it answers at once; starting again answers the purchase as it is.
/// Proxies must use JSON serialization (the runtime is set up for it).
/// </summary>
public interface IPurchaseSagaActor : IActor
{
    Task<PurchaseView> StartAsync(StartPurchase request);

    /// <summary>The purchase as the actor holds it, or null when it was never started.</summary>
    Task<PurchaseView?> GetAsync();
}
