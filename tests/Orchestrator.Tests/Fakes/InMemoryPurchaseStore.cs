using System.Collections.Concurrent;
using PurchasePlatform.Orchestrator.Store;

namespace PurchasePlatform.Orchestrator.Tests.Fakes;

internal sealed class InMemoryPurchaseStore : IPurchaseStore
{
    private readonly ConcurrentDictionary<string, PurchaseView> views = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> cancels = new(StringComparer.Ordinal);

    public Task<PurchaseView?> FindAsync(string purchaseId, CancellationToken cancellationToken) =>
        Task.FromResult(views.GetValueOrDefault(purchaseId));

    public Task SaveAsync(PurchaseView view, CancellationToken cancellationToken)
    {
        views[view.PurchaseId] = view;
        return Task.CompletedTask;
    }

    public Task RequestCancelAsync(string purchaseId, CancellationToken cancellationToken)
    {
        cancels[purchaseId] = true;
        return Task.CompletedTask;
    }

    public Task<bool> IsCancelRequestedAsync(string purchaseId, CancellationToken cancellationToken) =>
        Task.FromResult(cancels.ContainsKey(purchaseId));
}
