using PurchasePlatform.Orchestrator.Saga;

namespace PurchasePlatform.Orchestrator.Actors;

/// <summary>Publishes a saga's events (pub/sub <c>pubsub</c>, CloudEvent id = the event id).</summary>
public interface IPurchaseEventPublisher
{
    Task PublishAsync(PurchaseEvent purchaseEvent, CancellationToken cancellationToken);
}
