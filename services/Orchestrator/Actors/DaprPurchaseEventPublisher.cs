using Dapr.Client;
using Microsoft.Extensions.Options;
using PurchasePlatform.Orchestrator.Saga;

namespace PurchasePlatform.Orchestrator.Actors;

public sealed class DaprPurchaseEventPublisher(DaprClient dapr, IOptions<OrchestratorOptions> options) : IPurchaseEventPublisher
{
    public Task PublishAsync(PurchaseEvent purchaseEvent, CancellationToken cancellationToken) =>
        dapr.PublishEventAsync(options.Value.PubSub, purchaseEvent.Topic, purchaseEvent.Data,
            new Dictionary<string, string> { ["cloudevent.id"] = purchaseEvent.EventId }, cancellationToken);
}
