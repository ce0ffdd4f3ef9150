namespace PurchasePlatform.Orchestrator.Store;

/// <summary>Purchases' read models and customers' cancel requests, outside the saga actors' turns.</summary>
public interface IPurchaseStore
{
    Task<PurchaseView?> FindAsync(string purchaseId, CancellationToken cancellationToken);

    Task SaveAsync(PurchaseView view, CancellationToken cancellationToken);

    /// <summary>Records that the customer asked to cancel; the saga reads it before its next step.</summary>
    Task RequestCancelAsync(string purchaseId, CancellationToken cancellationToken);

    Task<bool> IsCancelRequestedAsync(string purchaseId, CancellationToken cancellationToken);
}
