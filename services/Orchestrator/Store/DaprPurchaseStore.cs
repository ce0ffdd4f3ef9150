using Dapr.Client;
using Microsoft.Extensions.Options;

namespace PurchasePlatform.Orchestrator.Store;

/// <summary>
/// The read models (<c>purchase-{id}</c>) and cancel requests (<c>purchase-cancel-{id}</c>) in the Dapr state store. A
/// read model is only written by its saga actor, one step after another, so last-write-wins is enough.
/// </summary>
public sealed class DaprPurchaseStore(DaprClient dapr, IOptions<OrchestratorOptions> options) : IPurchaseStore
{
    private string StoreName => options.Value.StateStore;

    public async Task<PurchaseView?> FindAsync(string purchaseId, CancellationToken cancellationToken) =>
        await dapr.GetStateAsync<PurchaseView?>(StoreName, ViewKey(purchaseId), cancellationToken: cancellationToken);

    public Task SaveAsync(PurchaseView view, CancellationToken cancellationToken) =>
        dapr.SaveStateAsync(StoreName, ViewKey(view.PurchaseId), view, cancellationToken: cancellationToken);

    public Task RequestCancelAsync(string purchaseId, CancellationToken cancellationToken) =>
        dapr.SaveStateAsync(StoreName, CancelKey(purchaseId), true, cancellationToken: cancellationToken);

    public async Task<bool> IsCancelRequestedAsync(string purchaseId, CancellationToken cancellationToken) =>
        await dapr.GetStateAsync<bool?>(StoreName, CancelKey(purchaseId), cancellationToken: cancellationToken) == true;

    private static string ViewKey(string purchaseId) => $"purchase-{purchaseId}";

    private static string CancelKey(string purchaseId) => $"purchase-cancel-{purchaseId}";
}
