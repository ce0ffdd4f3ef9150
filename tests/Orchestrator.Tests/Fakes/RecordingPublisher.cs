using PurchasePlatform.Orchestrator.Actors;
using PurchasePlatform.Orchestrator.Saga;
using PurchasePlatform.Orchestrator.Store;

namespace PurchasePlatform.Orchestrator.Tests.Fakes;

/// <summary>Records what was published and what the read model said at that moment; <see cref="FailNext"/> makes publishes throw.</summary>
internal sealed class RecordingPublisher(IPurchaseStore store) : IPurchaseEventPublisher
{
    public List<(PurchaseEvent Event, string? SavedStatus)> Published { get; } = [];

    public int FailNext { get; set; }

    public async Task PublishAsync(PurchaseEvent purchaseEvent, CancellationToken cancellationToken)
    {
        if (FailNext > 0)
        {
            FailNext--;
            throw new HttpRequestException("pub/sub unavailable");
        }

        var saved = await store.FindAsync(purchaseEvent.Data.PurchaseId, cancellationToken);
        Published.Add((purchaseEvent, saved?.Status));
    }
}
