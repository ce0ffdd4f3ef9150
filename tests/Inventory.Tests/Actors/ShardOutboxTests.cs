using PurchasePlatform.Inventory.Actors;
using PurchasePlatform.Inventory.Domain;
using PurchasePlatform.Inventory.Events;
using PurchasePlatform.Inventory.Tests.Fakes;

namespace PurchasePlatform.Inventory.Tests.Actors;

public class ShardOutboxTests
{
    private readonly ShardHarness harness = new(shard: 1);

    private ShardState Persisted => harness.State.Persisted<ShardState>(StockShardActor.ShardStateName)!;

    private static FlashSellRequest Order(string key) =>
        new(OrderKeys.FlashOrderId("user-1", ShardHarness.ProductId, key), ShardHarness.ProductId, "user-1", key, 1);

    [Fact]
    public async Task Accepted_order_is_published_with_its_lookup_right_after_the_save()
    {
        await harness.Actor.SetAvailableAsync(new SetShardStockRequest(5, 4));
        var request = Order("k1");

        var order = (await harness.Actor.SellAsync(request)).Order;

        var accepted = Assert.Single(harness.Dapr.DataOn(InventoryTopics.OrderAccepted));
        Assert.Equal(request.OrderId.ToString("D"), accepted.GetProperty("eventId").GetString());
        Assert.Equal(request.OrderId, accepted.GetProperty("orderId").GetGuid());
        Assert.Equal(ShardHarness.ProductId, accepted.GetProperty("productId").GetString());
        Assert.Equal("user-1", accepted.GetProperty("userId").GetString());
        Assert.Equal("k1", accepted.GetProperty("idempotencyKey").GetString());
        Assert.Equal(1, accepted.GetProperty("quantity").GetInt32());
        Assert.Equal(order.AcceptedAt, accepted.GetProperty("acceptedAt").GetDateTimeOffset());
        Assert.Equal(new FlashOrderLocation(ShardHarness.ProductId, 1),
            harness.Dapr.Stored<FlashOrderLocation>(FlashOrderLocation.StateKey(request.OrderId)));
        Assert.All(harness.Dapr.Published, e => Assert.Equal("pubsub", e.PubSub));
    }

    [Fact]
    public async Task Crash_after_the_save_before_the_publish_is_delivered_by_the_reminder()
    {
        await harness.Actor.SetAvailableAsync(new SetShardStockRequest(5, 4));
        harness.Dapr.FailTopic = InventoryTopics.OrderAccepted;
        harness.Dapr.FailPublishes = 1;
        var request = Order("k1");

        var outcome = await harness.Actor.SellAsync(request);
        harness.Restart();

        Assert.Equal(FlashOrderStatus.Accepted, outcome.Order.Status);
        Assert.Empty(harness.Dapr.DataOn(InventoryTopics.OrderAccepted));
        Assert.Single(Persisted.Outbox);
        Assert.Contains(StockShardActor.OutboxReminderName, harness.Reminders.Keys);

        await harness.FireAsync(StockShardActor.OutboxReminderName);

        Assert.Single(harness.Dapr.DataOn(InventoryTopics.OrderAccepted));
        Assert.Empty(Persisted.Outbox);
        Assert.DoesNotContain(StockShardActor.OutboxReminderName, harness.Reminders.Keys);
        Assert.NotNull(harness.Dapr.Stored<FlashOrderLocation>(FlashOrderLocation.StateKey(request.OrderId)));
    }

    [Fact]
    public async Task Failed_publishes_are_retried_with_a_growing_delay_until_delivered()
    {
        await harness.Actor.SetAvailableAsync(new SetShardStockRequest(5, 4));
        harness.Dapr.FailTopic = InventoryTopics.OrderAccepted;
        harness.Dapr.FailPublishes = 3;
        await harness.Actor.SellAsync(Order("k1"));
        var first = harness.Options.Outbox.FirstRetry;
        Assert.Equal(first, harness.Reminders[StockShardActor.OutboxReminderName].DueTime);

        await harness.FireAsync(StockShardActor.OutboxReminderName);
        Assert.Equal(first * 2, harness.Reminders[StockShardActor.OutboxReminderName].DueTime);
        await harness.FireAsync(StockShardActor.OutboxReminderName);
        Assert.Equal(first * 4, harness.Reminders[StockShardActor.OutboxReminderName].DueTime);
        Assert.Empty(harness.Dapr.DataOn(InventoryTopics.OrderAccepted));

        await harness.FireAsync(StockShardActor.OutboxReminderName);

        Assert.Single(harness.Dapr.DataOn(InventoryTopics.OrderAccepted));
        Assert.Empty(Persisted.Outbox);
        Assert.DoesNotContain(StockShardActor.OutboxReminderName, harness.Reminders.Keys);
    }

    [Fact]
    public async Task Retry_delay_stops_growing_at_the_maximum()
    {
        harness.Options.Outbox.MaxRetry = harness.Options.Outbox.FirstRetry * 3;
        await harness.Actor.SetAvailableAsync(new SetShardStockRequest(5, 4));
        harness.Dapr.FailTopic = InventoryTopics.OrderAccepted;
        harness.Dapr.FailPublishes = 10;
        await harness.Actor.SellAsync(Order("k1"));

        for (var i = 0; i < 4; i++)
        {
            await harness.FireAsync(StockShardActor.OutboxReminderName);
        }

        Assert.Equal(harness.Options.Outbox.MaxRetry, harness.Reminders[StockShardActor.OutboxReminderName].DueTime);
    }

    [Fact]
    public async Task Events_of_later_orders_wait_behind_an_undelivered_one_and_go_out_in_order()
    {
        await harness.Actor.SetAvailableAsync(new SetShardStockRequest(5, 4));
        harness.Dapr.FailTopic = InventoryTopics.OrderAccepted;
        harness.Dapr.FailPublishes = 1;
        var first = Order("k1");
        var second = Order("k2");

        await harness.Actor.SellAsync(first);
        await harness.Actor.SellAsync(second);

        var ids = harness.Dapr.DataOn(InventoryTopics.OrderAccepted).Select(e => e.GetProperty("orderId").GetGuid()).ToList();
        Assert.Equal([first.OrderId, second.OrderId], ids);

        await harness.FireAsync(StockShardActor.OutboxReminderName);

        Assert.Equal(2, harness.Dapr.DataOn(InventoryTopics.OrderAccepted).Count());
        Assert.Empty(Persisted.Outbox);
    }

    [Fact]
    public async Task Stock_changes_are_best_effort_and_never_fail_the_sale()
    {
        await harness.Actor.SetAvailableAsync(new SetShardStockRequest(5, 4));
        harness.Dapr.FailTopic = InventoryTopics.StockChanged;
        harness.Dapr.FailPublishes = 5;

        var outcome = await harness.Actor.SellAsync(Order("k1"));

        Assert.Equal(FlashOrderStatus.Accepted, outcome.Order.Status);
        Assert.Single(harness.Dapr.DataOn(InventoryTopics.OrderAccepted));
        Assert.Single(harness.Dapr.DataOn(InventoryTopics.StockChanged));
    }
}
