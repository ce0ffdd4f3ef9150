using System.Text.Json;
using Dapr;

namespace PurchasePlatform.Notifications.Events;

/// <summary>One subscription per topic the service acts on, each handled by <see cref="EventIntake"/>.</summary>
public static class EventIntakeEndpoints
{
    /// <summary>Every topic a notification or a webhook is made from.</summary>
    public static readonly IReadOnlyList<string> Topics =
    [
        "users.user_created.v1",
        "users.email_verification_requested.v1",
        "users.password_reset_requested.v1",
        "orders.order_placed.v1",
        "orders.order_confirmed.v1",
        "orders.order_status_changed.v1",
        "orders.order_canceled.v1",
        "payments.payment_completed.v1",
        "payments.payment_failed.v1",
        "payments.payment_refunded.v1",
        "catalog.product_created.v1",
        "catalog.product_updated.v1",
        "catalog.product_deleted.v1",
    ];

    public static IEndpointRouteBuilder MapEventIntake(this IEndpointRouteBuilder app, string pubSubName = "pubsub")
    {
        var events = app.MapGroup("/events").ExcludeFromDescription();
        foreach (var topic in Topics)
        {
            events.MapPost($"/{topic}", (JsonElement payload, EventIntake intake, CancellationToken cancellationToken) =>
                    intake.ReceiveAsync(topic, payload, cancellationToken))
                .WithTopic(pubSubName, topic);
        }

        return app;
    }
}
