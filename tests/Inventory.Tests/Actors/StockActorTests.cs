using PurchasePlatform.Inventory.Actors;
using PurchasePlatform.Inventory.Domain;

namespace PurchasePlatform.Inventory.Tests.Actors;

public class StockActorTests
{
    private readonly StockActorHarness harness = new();

    private StockActor Actor => harness.Actor;

    [Fact]
    public async Task SetAvailable_is_persisted_before_it_returns()
    {
        var counts = await Actor.SetAvailableAsync(10);

        Assert.Equal(new StockCounts(10, 0, 0), counts);
        Assert.Equal(new StockCounts(10, 0, 0), harness.PersistedCounts);
    }

    [Fact]
    public async Task Reservation_is_persisted_before_it_returns_and_survives_a_restart()
    {
        await Actor.SetAvailableAsync(10);

        var outcome = await Actor.ReserveAsync(new ReserveRequest("order-1", 3));

        Assert.Equal(ReserveResult.Reserved, outcome.Result);
        Assert.Equal(new StockCounts(7, 3, 0), harness.PersistedCounts);
        var restarted = harness.Restart();
        Assert.Equal(new StockCounts(7, 3, 0), await restarted.GetCountsAsync());
        Assert.Equal(SettleResult.Confirmed, await restarted.ConfirmAsync("order-1"));
        Assert.Equal(new StockCounts(7, 0, 3), harness.PersistedCounts);
    }

    [Fact]
    public async Task Reservation_registers_its_expiry_reminder_before_saving()
    {
        await Actor.SetAvailableAsync(10);
        harness.Events.Clear();

        var outcome = await Actor.ReserveAsync(new ReserveRequest("order-1", 3));

        Assert.Equal([$"register {StockActor.ExpiryReminderName("order-1")}", "set", "save"], harness.Events);
        var reminder = Assert.Single(harness.Reminders);
        Assert.Equal(StockActorHarness.HoldFor, reminder.DueTime);
        Assert.Equal(Timeout.InfiniteTimeSpan, reminder.Period);
        Assert.Equal(harness.Clock.Now + StockActorHarness.HoldFor, outcome.ExpiresAt);
    }

    [Fact]
    public async Task Duplicate_key_returns_the_first_outcome_without_saving_again()
    {
        await Actor.SetAvailableAsync(10);
        var first = await Actor.ReserveAsync(new ReserveRequest("order-1", 3));
        var savesAfterFirst = harness.Saves;

        var again = await Actor.ReserveAsync(new ReserveRequest("order-1", 3));

        Assert.Equal(first with { IsDuplicate = true }, again);
        Assert.Equal(savesAfterFirst, harness.Saves);
        Assert.Single(harness.Reminders);
        Assert.Equal(new StockCounts(7, 3, 0), await Actor.GetCountsAsync());
    }

    [Fact]
    public async Task Sold_out_registers_no_reminder_and_never_oversells()
    {
        await Actor.SetAvailableAsync(2);

        var outcome = await Actor.ReserveAsync(new ReserveRequest("order-1", 3));

        Assert.Equal(ReserveResult.SoldOut, outcome.Result);
        Assert.Empty(harness.Reminders);
        Assert.Equal(new StockCounts(2, 0, 0), harness.PersistedCounts);
    }

    [Fact]
    public async Task Expiry_reminder_releases_the_stock_and_firing_twice_changes_nothing_more()
    {
        await Actor.SetAvailableAsync(10);
        await Actor.ReserveAsync(new ReserveRequest("order-1", 3));
        var reminder = Assert.Single(harness.Reminders);

        await harness.FireAsync(reminder);
        var savesAfterExpiry = harness.Saves;
        await harness.FireAsync(reminder);

        Assert.Equal(new StockCounts(10, 0, 0), harness.PersistedCounts);
        Assert.Equal(savesAfterExpiry, harness.Saves);
        Assert.Equal(SettleResult.AlreadyExpired, await Actor.ConfirmAsync("order-1"));
        Assert.Equal(new StockCounts(10, 0, 0), await Actor.GetCountsAsync());
    }

    [Fact]
    public async Task Expiry_reminder_after_confirmation_keeps_the_sale()
    {
        await Actor.SetAvailableAsync(10);
        await Actor.ReserveAsync(new ReserveRequest("order-1", 3));
        await Actor.ConfirmAsync("order-1");
        var savesAfterConfirm = harness.Saves;

        await harness.FireAsync(Assert.Single(harness.Reminders));

        Assert.Equal(new StockCounts(7, 0, 3), harness.PersistedCounts);
        Assert.Equal(savesAfterConfirm, harness.Saves);
    }

    [Fact]
    public async Task Confirm_and_release_persist_then_drop_the_expiry_reminder()
    {
        await Actor.SetAvailableAsync(10);
        await Actor.ReserveAsync(new ReserveRequest("sold", 3));
        await Actor.ReserveAsync(new ReserveRequest("returned", 2));
        harness.Events.Clear();

        Assert.Equal(SettleResult.Confirmed, await Actor.ConfirmAsync("sold"));
        Assert.Equal(SettleResult.Released, await Actor.ReleaseAsync("returned"));

        Assert.Equal(
            [
                "set", "save", $"unregister {StockActor.ExpiryReminderName("sold")}",
                "set", "save", $"unregister {StockActor.ExpiryReminderName("returned")}",
            ],
            harness.Events);
        Assert.Equal(new StockCounts(7, 0, 3), harness.PersistedCounts);
    }

    [Fact]
    public async Task Confirm_after_the_hold_ran_out_fails_and_persists_the_expiry()
    {
        await Actor.SetAvailableAsync(10);
        await Actor.ReserveAsync(new ReserveRequest("order-1", 3));
        harness.Clock.Now += StockActorHarness.HoldFor;

        Assert.Equal(SettleResult.AlreadyExpired, await Actor.ConfirmAsync("order-1"));
        Assert.Equal(new StockCounts(10, 0, 0), harness.PersistedCounts);
    }

    [Fact]
    public async Task Unknown_reservation_saves_nothing()
    {
        await Actor.SetAvailableAsync(10);
        var saves = harness.Saves;

        Assert.Equal(SettleResult.NotFound, await Actor.ConfirmAsync("nope"));
        Assert.Equal(SettleResult.NotFound, await Actor.ReleaseAsync("nope"));
        Assert.Equal(saves, harness.Saves);
    }
}
