using PurchasePlatform.Inventory.Actors;
using PurchasePlatform.Inventory.Domain;
using PurchasePlatform.Inventory.Events;
using PurchasePlatform.Inventory.Tests.Fakes;

namespace PurchasePlatform.Inventory.Tests.Actors;

public class StockShardActorTests
{
    private readonly ShardHarness harness = new(shard: 2);

    private StockShardActor Actor => harness.Actor;

    private ShardState? Persisted => harness.State.Persisted<ShardState>(StockShardActor.ShardStateName);

    private static FlashSellRequest Order(string key, int quantity = 1, string user = "user-1") =>
        new(OrderKeys.FlashOrderId(user, ShardHarness.ProductId, key), ShardHarness.ProductId, user, key, quantity);

    [Fact]
    public async Task SetAvailable_is_persisted_before_it_returns_and_announces_the_shard()
    {
        var counts = await Actor.SetAvailableAsync(new SetShardStockRequest(10, 4));

        Assert.Equal(new ShardCounts(10, 0, 0, 1), counts);
        Assert.Equal(counts, Persisted!.Counts);
        var changed = Assert.Single(harness.Dapr.DataOn(InventoryTopics.StockChanged));
        Assert.Equal(ShardHarness.ProductId, changed.GetProperty("productId").GetString());
        Assert.Equal(2, changed.GetProperty("shard").GetInt32());
        Assert.Equal(4, changed.GetProperty("shardCount").GetInt32());
        Assert.Equal(10, changed.GetProperty("available").GetInt32());
        Assert.Equal(1, changed.GetProperty("version").GetInt64());
    }

    [Fact]
    public async Task Sell_moves_stock_straight_to_sold_and_keeps_the_order_without_a_ttl()
    {
        await Actor.SetAvailableAsync(new SetShardStockRequest(10, 4));
        var request = Order("k1", quantity: 3);

        var outcome = await Actor.SellAsync(request);

        Assert.False(outcome.IsDuplicate);
        Assert.Equal(FlashOrderStatus.Accepted, outcome.Order.Status);
        Assert.Equal(harness.Clock.Now, outcome.Order.AcceptedAt);
        Assert.Equal(2, outcome.Order.Shard);
        Assert.Equal(new ShardCounts(7, 0, 3, 2), Persisted!.Counts);
        var name = StockShardActor.FlashOrderStateName(request.OrderId);
        Assert.Equal(outcome.Order, harness.State.Persisted<FlashOrder>(name));
        Assert.Null(harness.State.TtlOf(name));
    }

    [Fact]
    public async Task Sale_registers_the_outbox_reminder_before_the_save_that_holds_the_event()
    {
        await Actor.SetAvailableAsync(new SetShardStockRequest(10, 4));
        harness.Events.Clear();

        await Actor.SellAsync(Order("k1"));

        Assert.Equal([$"register {StockShardActor.OutboxReminderName}", "save"], harness.Events);
    }

    [Fact]
    public async Task Same_order_id_gets_its_first_decision_back_without_selling_again()
    {
        await Actor.SetAvailableAsync(new SetShardStockRequest(10, 4));
        var first = await Actor.SellAsync(Order("k1", quantity: 2));
        var saves = harness.State.Saves;

        var again = await Actor.SellAsync(Order("k1", quantity: 2));

        Assert.Equal(first with { IsDuplicate = true }, again);
        Assert.Equal(saves, harness.State.Saves);
        Assert.Equal(new ShardCounts(8, 0, 2, 2), await Actor.GetCountsAsync());
        Assert.Single(harness.Dapr.DataOn(InventoryTopics.OrderAccepted));
    }

    [Fact]
    public async Task Without_stock_the_shard_passes_once_and_forgets_the_key_after_the_retention()
    {
        await Actor.SetAvailableAsync(new SetShardStockRequest(1, 4));
        var request = Order("k1", quantity: 2);

        var passed = await Actor.SellAsync(request);
        await Actor.SetAvailableAsync(new SetShardStockRequest(5, 4));
        var stillPassed = await Actor.SellAsync(request);

        Assert.Equal(FlashOrderStatus.Passed, passed.Order.Status);
        Assert.Equal(passed with { IsDuplicate = true }, stillPassed);
        Assert.Equal(harness.Options.Keys.Retention, harness.State.TtlOf(StockShardActor.FlashOrderStateName(request.OrderId)));
        Assert.Equal(new ShardCounts(5, 0, 0, 2), Persisted!.Counts);
        Assert.Empty(harness.Dapr.DataOn(InventoryTopics.OrderAccepted));

        harness.Clock.Now += harness.Options.Keys.Retention;
        Assert.Equal(FlashOrderStatus.Accepted, (await Actor.SellAsync(request)).Order.Status);
    }

    [Fact]
    public async Task Passed_key_is_not_an_order_of_this_shard()
    {
        await Actor.SetAvailableAsync(new SetShardStockRequest(0, 4));
        var request = Order("k1");
        await Actor.SellAsync(request);

        Assert.Null((await Actor.GetFlashOrderAsync(request.OrderId)).Order);
        Assert.Null((await Actor.CancelFlashOrderAsync(request.OrderId)).Order);
        Assert.Null((await Actor.GetFlashOrderAsync(Guid.NewGuid())).Order);
    }

    [Fact]
    public async Task Cancel_returns_the_units_to_available_once_and_publishes_the_cancellation()
    {
        await Actor.SetAvailableAsync(new SetShardStockRequest(5, 4));
        var request = Order("k1", quantity: 2);
        await Actor.SellAsync(request);
        harness.Clock.Now += TimeSpan.FromMinutes(1);

        var cancelled = (await Actor.CancelFlashOrderAsync(request.OrderId)).Order!;
        var again = (await Actor.CancelFlashOrderAsync(request.OrderId)).Order!;

        Assert.Equal(FlashOrderStatus.Cancelled, cancelled.Status);
        Assert.Equal(harness.Clock.Now, cancelled.CancelledAt);
        Assert.Equal(cancelled, again);
        Assert.Equal(new ShardCounts(5, 0, 0, 3), Persisted!.Counts);
        var canceledEvent = Assert.Single(harness.Dapr.DataOn(InventoryTopics.OrderCanceled));
        Assert.Equal($"cancel-{request.OrderId:D}", canceledEvent.GetProperty("eventId").GetString());
        Assert.Equal(2, canceledEvent.GetProperty("quantity").GetInt32());
        Assert.Equal(cancelled, (await Actor.GetFlashOrderAsync(request.OrderId)).Order);
    }

    [Fact]
    public async Task Keys_live_in_their_own_entries_and_the_shard_entry_stays_small()
    {
        await Actor.SetAvailableAsync(new SetShardStockRequest(30, 4));

        for (var i = 0; i < 50; i++)
        {
            await Actor.SellAsync(Order($"k{i}"));
        }

        Assert.Equal(51, harness.State.Names.Count);
        Assert.Equal(0, Persisted!.Available);
        Assert.Equal(30, Persisted.Sold);
        Assert.True(Persisted.Outbox.Count <= 1, $"outbox holds {Persisted.Outbox.Count} delivered entries");
        Assert.Equal(30, harness.Dapr.DataOn(InventoryTopics.OrderAccepted).Count());
    }

    [Fact]
    public async Task A_sale_whose_save_fails_is_not_announced_and_leaves_no_trace()
    {
        await Actor.SetAvailableAsync(new SetShardStockRequest(5, 4));
        harness.State.FailSaves = 1;
        var request = Order("k1");

        await Assert.ThrowsAsync<HttpRequestException>(() => Actor.SellAsync(request));

        harness.Restart();
        Assert.Equal(new ShardCounts(5, 0, 0, 1), await Actor.GetCountsAsync());
        Assert.Empty(harness.Dapr.DataOn(InventoryTopics.OrderAccepted));
        Assert.Equal(FlashOrderStatus.Accepted, (await Actor.SellAsync(request)).Order.Status);
    }

    [Fact]
    public async Task Reservation_holds_stock_until_confirmed()
    {
        await Actor.SetAvailableAsync(new SetShardStockRequest(10, 4));
        harness.Events.Clear();

        var outcome = await Actor.ReserveAsync(new ShardReserveRequest("r1", 3));

        Assert.Equal(new ShardReserveOutcome(ReservationStatus.Reserved, 3, harness.Clock.Now + harness.Options.Reservations.HoldFor, false), outcome);
        Assert.Equal([$"register {StockShardActor.HoldExpiryReminderName("r1")}", "save"], harness.Events);
        Assert.Equal(new ShardCounts(7, 3, 0, 2), Persisted!.Counts);
        Assert.Equal(outcome with { IsDuplicate = true }, await Actor.ReserveAsync(new ShardReserveRequest("r1", 3)));

        Assert.Equal(SettleResult.Confirmed, await Actor.ConfirmAsync("r1"));
        Assert.Equal(SettleResult.AlreadyConfirmed, await Actor.ConfirmAsync("r1"));
        Assert.Equal(SettleResult.AlreadyConfirmed, await Actor.ReleaseAsync("r1"));
        Assert.Equal(new ShardCounts(7, 0, 3, 3), Persisted.Counts);
        Assert.DoesNotContain(StockShardActor.HoldExpiryReminderName("r1"), harness.Reminders.Keys);
        Assert.Empty(Persisted.OpenHolds);
    }

    [Fact]
    public async Task Released_reservation_returns_its_stock()
    {
        await Actor.SetAvailableAsync(new SetShardStockRequest(10, 4));
        await Actor.ReserveAsync(new ShardReserveRequest("r1", 3));

        Assert.Equal(SettleResult.Released, await Actor.ReleaseAsync("r1"));
        Assert.Equal(SettleResult.AlreadyReleased, await Actor.ConfirmAsync("r1"));
        Assert.Equal(new ShardCounts(10, 0, 0, 3), Persisted!.Counts);
    }

    [Fact]
    public async Task Expiry_reminder_releases_an_unconfirmed_hold_once()
    {
        await Actor.SetAvailableAsync(new SetShardStockRequest(10, 4));
        await Actor.ReserveAsync(new ShardReserveRequest("order/1?x=1#y", 4));
        var reminder = StockShardActor.HoldExpiryReminderName("order/1?x=1#y");

        await harness.FireAsync(reminder);
        var saves = harness.State.Saves;
        await harness.FireAsync(reminder);

        Assert.Equal(saves, harness.State.Saves);
        Assert.Equal(new ShardCounts(10, 0, 0, 3), Persisted!.Counts);
        Assert.Equal(SettleResult.AlreadyExpired, await Actor.ConfirmAsync("order/1?x=1#y"));
    }

    [Fact]
    public async Task Confirm_after_the_hold_ran_out_expires_it_even_before_the_reminder()
    {
        await Actor.SetAvailableAsync(new SetShardStockRequest(10, 4));
        await Actor.ReserveAsync(new ShardReserveRequest("r1", 3));
        harness.Clock.Now += harness.Options.Reservations.HoldFor;

        Assert.Equal(SettleResult.AlreadyExpired, await Actor.ConfirmAsync("r1"));
        Assert.Equal(new ShardCounts(10, 0, 0, 3), Persisted!.Counts);
    }

    [Fact]
    public async Task Reservation_without_stock_passes_and_settling_it_here_says_so()
    {
        await Actor.SetAvailableAsync(new SetShardStockRequest(2, 4));

        var outcome = await Actor.ReserveAsync(new ShardReserveRequest("r1", 3));

        Assert.Equal(ReservationStatus.Passed, outcome.Status);
        Assert.Empty(harness.Reminders);
        Assert.Equal(SettleResult.Passed, await Actor.ConfirmAsync("r1"));
        Assert.Equal(SettleResult.NotFound, await Actor.ReleaseAsync("never-seen"));
        Assert.Equal(new ShardCounts(2, 0, 0, 1), Persisted!.Counts);
    }

    [Fact]
    public async Task Return_puts_a_confirmed_reservation_back_once_persisted_and_announced()
    {
        await Actor.SetAvailableAsync(new SetShardStockRequest(10, 4));
        await Actor.ReserveAsync(new ShardReserveRequest("r1", 3));
        await Actor.ConfirmAsync("r1");
        var announced = harness.Dapr.DataOn(InventoryTopics.StockChanged).Count();
        var saves = harness.State.Saves;

        Assert.Equal(SettleResult.Returned, await Actor.ReturnAsync("r1"));

        Assert.Equal(saves + 1, harness.State.Saves);
        Assert.Equal(new ShardCounts(10, 0, 0, 4), Persisted!.Counts);
        Assert.Equal(ReservationStatus.Returned,
            harness.State.Persisted<Reservation>(StockShardActor.ReservationStateName("r1"))!.Status);
        var changed = Assert.Single(harness.Dapr.DataOn(InventoryTopics.StockChanged).Skip(announced));
        Assert.Equal(10, changed.GetProperty("available").GetInt32());
        Assert.Equal(0, changed.GetProperty("sold").GetInt32());
        Assert.Equal(4, changed.GetProperty("version").GetInt64());

        Assert.Equal(SettleResult.AlreadyReturned, await Actor.ReturnAsync("r1"));
        Assert.Equal(SettleResult.AlreadyReturned, await harness.Restart().ReturnAsync("r1"));
        Assert.Equal(new ShardCounts(10, 0, 0, 4), Persisted.Counts);
        Assert.Equal(saves + 1, harness.State.Saves);
    }

    [Fact]
    public async Task Return_of_a_reservation_not_confirmed_changes_nothing()
    {
        await Actor.SetAvailableAsync(new SetShardStockRequest(10, 4));
        await Actor.ReserveAsync(new ShardReserveRequest("held", 2));
        await Actor.ReserveAsync(new ShardReserveRequest("released", 3));
        await Actor.ReleaseAsync("released");
        var counts = Persisted!.Counts;

        Assert.Equal(SettleResult.NotConfirmed, await Actor.ReturnAsync("held"));
        Assert.Equal(SettleResult.NotConfirmed, await Actor.ReturnAsync("released"));
        Assert.Equal(SettleResult.NotFound, await Actor.ReturnAsync("never-seen"));
        Assert.Equal(counts, Persisted.Counts);
        Assert.Equal(new ShardCounts(8, 2, 0, 4), counts);
        Assert.Equal(SettleResult.Confirmed, await Actor.ConfirmAsync("held"));
    }

    [Fact]
    public async Task Holds_survive_a_restart()
    {
        await Actor.SetAvailableAsync(new SetShardStockRequest(10, 4));
        await Actor.ReserveAsync(new ShardReserveRequest("r1", 3));

        var restarted = harness.Restart();

        Assert.Equal(new ShardCounts(7, 3, 0, 2), await restarted.GetCountsAsync());
        Assert.Equal(SettleResult.Confirmed, await restarted.ConfirmAsync("r1"));
    }
}
