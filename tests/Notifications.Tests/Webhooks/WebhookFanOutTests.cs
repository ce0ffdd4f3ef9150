using Microsoft.EntityFrameworkCore;

namespace PurchasePlatform.Notifications.Tests.Webhooks;

public sealed class WebhookFanOutTests : WebhooksHost
{
    [Fact]
    public async Task An_event_of_an_unreadable_shape_is_skipped_and_still_processed()
    {
        var webhookId = await RegisterAsync("https://hooks.example.com/x", "order.created");

        var status = await DeliverAsync("orders.order_placed.v1", new { event_id = "evt-broken-1", order_id = "o-1", data = "not an object" });

        Assert.Equal("SUCCESS", status);
        Assert.Empty(await DeliveriesAsync(webhookId));
        Assert.Equal(1, await InDatabaseAsync(db => db.ProcessedEvents.CountAsync(e => e.EventId == "evt-broken-1")));
    }

    [Fact]
    public async Task The_body_is_stored_once_with_the_event_and_the_secret_is_not_in_it()
    {
        var webhookId = await RegisterAsync("https://hooks.example.com/x", "user.created");

        await DeliverAsync("users.user_created.v1", new
        {
            event_id = "evt-user-1", event_type = "user_created", user_id = "u-1", created_at = "2026-03-01T11:00:00Z",
            data = new { email = "jane@example.com", username = "jane", first_name = "Jane", last_name = "Doe", created_at = "2026-03-01T11:00:00Z" },
        });

        var delivery = await SingleDeliveryAsync(webhookId);
        Assert.Equal("user.created", delivery.EventType);
        Assert.Equal("evt-user-1", delivery.PlatformEventId);
        Assert.Contains("\"createdAt\":\"2026-03-01T11:00:00Z\",\"data\":{\"object\":{\"id\":\"u-1\"", delivery.Body);
        Assert.DoesNotContain(Secret, delivery.Body);
    }
}
