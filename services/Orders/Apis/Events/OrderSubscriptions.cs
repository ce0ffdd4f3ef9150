using PurchasePlatform.BuildingBlocks.Hosting;
using PurchasePlatform.Orders.Application;
using PurchasePlatform.Orders.Events;

namespace PurchasePlatform.Orders.Apis.Events;

/// <summary>The topics Orders consumes, delivered by the Dapr sidecar (CloudEvents, unwrapped by the middleware).</summary>
public static class OrderSubscriptions
{
    public static void MapOrderSubscriptions(this IEndpointRouteBuilder app, string pubSubName)
    {
        var events = app.MapGroup("/events").WithTags("Subscriptions").AllowAnonymous().ExcludeFromDescription();
        events.MapPost("/payments/payment-completed", async (PaymentCompleted message, EventConsumers consumers, CancellationToken cancellationToken) =>
            Answer(await consumers.PaymentCompletedAsync(message, cancellationToken))).WithTopic(pubSubName, OrderTopics.PaymentCompleted);
        events.MapPost("/payments/payment-failed", async (PaymentFailed message, EventConsumers consumers, CancellationToken cancellationToken) =>
            Answer(await consumers.PaymentFailedAsync(message, cancellationToken))).WithTopic(pubSubName, OrderTopics.PaymentFailed);
        events.MapPost("/inventory/order-accepted", async (InventoryOrderAccepted message, EventConsumers consumers, CancellationToken cancellationToken) =>
            Answer(await consumers.InventoryOrderAcceptedAsync(message, cancellationToken))).WithTopic(pubSubName, OrderTopics.InventoryOrderAccepted);
    }

    private static IResult Answer(ConsumerOutcome outcome) => outcome switch
    {
        ConsumerOutcome.Success => SubscriberAnswers.Success(),
        ConsumerOutcome.Retry => SubscriberAnswers.Retry(),
        _ => SubscriberAnswers.Drop(),
    };
}
