using Dapr.Actors.Runtime;
using Microsoft.Extensions.Options;
using Moq;
using PurchasePlatform.Inventory.Actors;
using PurchasePlatform.Inventory.Domain;

namespace PurchasePlatform.Inventory.Tests.Actors;

/// <summary>
/// A <see cref="StockActor"/> over mocked Dapr state and reminders. <see cref="Persisted"/> is what the state
/// store holds after the last save; <see cref="Restart"/> builds a new actor that sees only that, as after a crash.
/// </summary>
internal sealed class StockActorHarness
{
    public static readonly TimeSpan HoldFor = TimeSpan.FromMinutes(10);

    private StockSnapshot? pending;

    public StockActorHarness()
    {
        Timers.Setup(t => t.RegisterReminderAsync(It.IsAny<ActorReminder>()))
            .Callback<ActorReminder>(r => { Reminders.Add(r); Events.Add($"register {r.Name}"); })
            .Returns(Task.CompletedTask);
        Timers.Setup(t => t.UnregisterReminderAsync(It.IsAny<ActorReminderToken>()))
            .Callback<ActorReminderToken>(r => Events.Add($"unregister {r.Name}"))
            .Returns(Task.CompletedTask);
        Actor = Restart();
    }

    public Mock<IActorStateManager> State { get; private set; } = null!;
    public Mock<ActorTimerManager> Timers { get; } = new();
    public ManualClock Clock { get; } = new(new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero));
    public List<ActorReminder> Reminders { get; } = [];
    public List<string> Events { get; } = [];
    public StockSnapshot? Persisted { get; private set; }
    public StockActor Actor { get; private set; }

    public StockCounts? PersistedCounts => Persisted is null ? null : StockLedger.FromSnapshot(Persisted).Counts;

    public int Saves => Events.Count(e => e == "save");

    public StockActor Restart()
    {
        pending = Persisted;
        State = new Mock<IActorStateManager>(MockBehavior.Strict);
        State.Setup(s => s.TryGetStateAsync<StockSnapshot>(StockActor.LedgerStateName, It.IsAny<CancellationToken>()))
            .ReturnsAsync(() => pending is null ? new ConditionalValue<StockSnapshot>() : new ConditionalValue<StockSnapshot>(true, pending));
        State.Setup(s => s.SetStateAsync(StockActor.LedgerStateName, It.IsAny<StockSnapshot>(), It.IsAny<CancellationToken>()))
            .Callback<string, StockSnapshot, CancellationToken>((_, value, _) => { pending = value; Events.Add("set"); })
            .Returns(Task.CompletedTask);
        State.Setup(s => s.SaveStateAsync(It.IsAny<CancellationToken>()))
            .Callback(() => { Persisted = pending; Events.Add("save"); })
            .Returns(Task.CompletedTask);

        var host = ActorHost.CreateForTest<StockActor>(new ActorTestOptions { TimerManager = Timers.Object });
        Actor = new StockActor(host, Options.Create(new ReservationOptions { HoldFor = HoldFor }), Clock, State.Object);
        return Actor;
    }

    public Task FireAsync(ActorReminder reminder) =>
        Actor.ReceiveReminderAsync(reminder.Name, reminder.State, reminder.DueTime, reminder.Period);
}
