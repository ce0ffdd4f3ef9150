using Microsoft.EntityFrameworkCore;
using PurchasePlatform.Notifications.Tests.Infrastructure;

namespace PurchasePlatform.Notifications.Tests.Events;

public sealed class EventIntakeTests : NotificationsHost
{
    [Fact]
    public async Task An_event_delivered_twice_is_processed_once()
    {
        var payload = new { event_id = "evt-" + Guid.NewGuid().ToString("N"), event_type = "user_created", user_id = Guid.NewGuid() };

        Assert.Equal("SUCCESS", await DeliverAsync("users.user_created.v1", payload));
        Assert.Equal("SUCCESS", await DeliverAsync("users.user_created.v1", payload));

        Assert.Equal(1, await InDatabaseAsync(db => db.ProcessedEvents.CountAsync(e => e.EventId == payload.event_id)));
    }

    [Fact]
    public async Task A_payload_that_is_not_an_object_is_dropped()
    {
        Assert.Equal("DROP", await DeliverAsync("orders.order_placed.v1", new[] { 1, 2 }));
        Assert.Equal(0, await InDatabaseAsync(db => db.ProcessedEvents.CountAsync()));
    }

    [Fact]
    public async Task The_subscribe_handler_lists_every_topic_on_the_pubsub_component()
    {
        var subscriptions = await JsonAsync(await Client.GetAsync("/dapr/subscribe"));

        var topics = subscriptions.EnumerateArray().Select(s => (s.GetProperty("pubsubName").GetString(), s.GetProperty("topic").GetString())).ToHashSet();
        Assert.Contains(("pubsub", "users.user_created.v1"), topics);
        Assert.Contains(("pubsub", "orders.order_placed.v1"), topics);
        Assert.Contains(("pubsub", "payments.payment_refunded.v1"), topics);
        Assert.Contains(("pubsub", "catalog.product_deleted.v1"), topics);
    }
}
