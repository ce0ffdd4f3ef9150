using PurchasePlatform.Orchestrator.Actors;
using PurchasePlatform.Orchestrator.Saga;
using PurchasePlatform.Orchestrator.Tests.Fakes;

namespace PurchasePlatform.Orchestrator.Tests.Actors;

public sealed class PurchaseSagaActorTests
{
    [Fact]
    public async Task Starting_saves_the_purchase_and_registers_the_reminder_without_running_a_step()
    {
        var harness = new SagaActorHarness();
        harness.Shop.Product("a", 1);

        await harness.StartAsync(("a", 1));

        Assert.Empty(harness.Shop.Calls);
        Assert.Equal(PurchaseStatus.Pending, harness.Saved!.Status);
        Assert.Equal(PurchaseStatus.Pending, (await harness.Store.FindAsync(SagaActorHarness.PurchaseId, default))!.Status);
        var reminder = harness.Reminders[PurchaseSagaActor.ReminderName];
        Assert.Equal((TimeSpan.Zero, TimeSpan.FromSeconds(15)), (reminder.DueTime, reminder.Period));
        Assert.Empty(harness.Publisher.Published);
        Assert.Equal([PurchaseStatus.Pending], harness.Saved.PendingEvents.Select(e => e.Data.Status));
    }

    [Fact]
    public async Task Starting_again_answers_the_same_purchase_and_changes_nothing()
    {
        var harness = new SagaActorHarness();
        harness.Shop.Product("a", 1);
        await harness.StartAsync(("a", 1));
        await harness.FireAsync();

        var again = await harness.Actor.StartAsync(new StartPurchase("user-1", [new StartPurchaseLine("a", 1)], "tok_success"));

        Assert.Equal(PurchaseStatus.Completed, again.Status);
        Assert.Equal(1, harness.Shop.ChargeCount);
    }

    [Fact]
    public async Task The_reminder_runs_the_saga_to_the_end_publishing_each_status_after_it_is_saved()
    {
        var harness = new SagaActorHarness();
        harness.Shop.Product("a", 2);
        await harness.StartAsync(("a", 2));

        await harness.FireAsync();

        var view = await harness.Store.FindAsync(SagaActorHarness.PurchaseId, default);
        Assert.Equal(PurchaseStatus.Completed, view!.Status);
        Assert.Equal([("a", 2, LineStatus.Confirmed)], view.Products.Select(p => (p.Id, p.Quantity, p.Status)));
        Assert.Equal([PurchaseStatus.Pending, PurchaseStatus.Reserving, PurchaseStatus.Ordering, PurchaseStatus.Paying, PurchaseStatus.Confirming,
            PurchaseStatus.Completed], harness.Publisher.Published.Select(p => p.Event.Data.Status));
        Assert.All(harness.Publisher.Published, p => Assert.Equal(p.Event.Data.Status, p.SavedStatus));
        Assert.DoesNotContain(PurchaseSagaActor.ReminderName, harness.Reminders.Keys);
        Assert.Empty(harness.Saved!.PendingEvents);
    }

    [Fact]
    public async Task A_step_that_must_wait_moves_the_reminder_to_the_retry_time_and_the_next_fire_goes_on()
    {
        var harness = new SagaActorHarness();
        harness.Shop.Product("a", 1);
        harness.Shop.Unavailable("CreateOrder", 1);
        await harness.StartAsync(("a", 1));

        await harness.FireAsync();

        Assert.Equal((SagaStep.CreateOrder, 1), (harness.Saved!.Step, harness.Saved.Attempts));
        Assert.Equal(TimeSpan.FromSeconds(1), harness.Reminders[PurchaseSagaActor.ReminderName].DueTime);
        harness.Clock.Now += TimeSpan.FromSeconds(1);
        await harness.FireAsync();
        Assert.Equal(PurchaseStatus.Completed, harness.Saved!.Status);
    }

    [Fact]
    public async Task A_crash_after_the_charge_is_resumed_by_the_reminder_without_a_second_charge()
    {
        var harness = new SagaActorHarness();
        harness.Shop.Product("a", 1);
        await harness.StartAsync(("a", 1));
        // Saves: reserve, price, create order... the save after the charge fails, as when the app dies there.
        var savesBeforeCharge = 0;
        harness.State.Saved = () =>
        {
            if (harness.Shop.Calls.Contains("Charge") && savesBeforeCharge++ == 0)
            {
                harness.State.FailSaves = 1;
            }
        };

        await Assert.ThrowsAnyAsync<Exception>(harness.FireAsync);
        Assert.Equal(1, harness.Shop.ChargeCount);

        harness.Restart();
        await harness.FireAsync();

        Assert.Equal(PurchaseStatus.Completed, harness.Saved!.Status);
        Assert.Equal(1, harness.Shop.ChargeCount);
        Assert.Equal(1_000, harness.Shop.ChargedCents);
        Assert.Equal((0, 1), (harness.Shop.Available("a"), harness.Shop.Sold("a")));
    }

    [Fact]
    public async Task A_cancel_recorded_in_the_store_is_honoured_at_the_next_step()
    {
        var harness = new SagaActorHarness();
        harness.Shop.Product("a", 1);
        harness.Shop.Unavailable("Charge", 1);
        await harness.StartAsync(("a", 1));
        await harness.FireAsync();
        Assert.Equal(SagaStep.Charge, harness.Saved!.Step);

        await harness.Store.RequestCancelAsync(SagaActorHarness.PurchaseId, default);
        await harness.FireAsync();

        Assert.Equal(PurchaseStatus.Cancelled, harness.Saved!.Status);
        Assert.Equal(1, harness.Shop.Available("a"));
        Assert.Equal(0, harness.Shop.ChargeCount);
        Assert.Equal(PurchaseStatus.Cancelled, (await harness.Store.FindAsync(SagaActorHarness.PurchaseId, default))!.Status);
    }

    [Fact]
    public async Task An_event_that_could_not_be_published_is_kept_with_the_reminder_and_published_by_the_next_fire()
    {
        var harness = new SagaActorHarness();
        harness.Shop.Product("a", 0);
        await harness.StartAsync(("a", 1));
        harness.Publisher.FailNext = 100;

        await harness.FireAsync();

        Assert.Equal(PurchaseStatus.Failed, harness.Saved!.Status);
        Assert.NotEmpty(harness.Saved.PendingEvents);
        Assert.Contains(PurchaseSagaActor.ReminderName, harness.Reminders.Keys);

        harness.Publisher.FailNext = 0;
        await harness.FireAsync();

        Assert.Equal([PurchaseStatus.Pending, PurchaseStatus.Reserving, PurchaseStatus.Compensating, PurchaseStatus.Failed],
            harness.Publisher.Published.Select(p => p.Event.Data.Status));
        Assert.Empty(harness.Saved!.PendingEvents);
        Assert.DoesNotContain(PurchaseSagaActor.ReminderName, harness.Reminders.Keys);
    }
}
