using PurchasePlatform.TestSupport;
using Dapr.Actors.Runtime;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;
using PurchasePlatform.Inventory.Actors;

namespace PurchasePlatform.Inventory.Tests.Fakes;

/// <summary>
/// A <see cref="StockShardActor"/> over in-memory actor state, mocked reminders and a mocked DaprClient.
/// <see cref="Restart"/> builds a new activation that sees only what was saved, as after a crash; reminders
/// registered stay registered (they are durable in Dapr).
/// </summary>
internal sealed class ShardHarness
{
    public const string ProductId = "p-1";

    public ShardHarness(int shard = 0, FakeDapr? dapr = null, ManualClock? clock = null, InventoryOptions? options = null,
        string productId = ProductId)
    {
        ProductIdOfShard = productId;
        Shard = shard;
        Dapr = dapr ?? new FakeDapr();
        Clock = clock ?? new ManualClock(new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero));
        Options = options ?? new InventoryOptions();
        State = new InMemoryActorState(Clock) { Saved = () => Record("save") };
        Timers.Setup(t => t.RegisterReminderAsync(It.IsAny<ActorReminder>()))
            .Callback<ActorReminder>(r => { lock (Reminders) { Reminders[r.Name] = r; } Record($"register {r.Name}"); })
            .Returns(Task.CompletedTask);
        Timers.Setup(t => t.UnregisterReminderAsync(It.IsAny<ActorReminderToken>()))
            .Callback<ActorReminderToken>(r => { lock (Reminders) { Reminders.Remove(r.Name); } Record($"unregister {r.Name}"); })
            .Returns(Task.CompletedTask);
        Actor = Restart();
    }

    public int Shard { get; }
    public string ProductIdOfShard { get; }
    public FakeDapr Dapr { get; }
    public ManualClock Clock { get; }
    public InventoryOptions Options { get; }
    public InMemoryActorState State { get; }
    public Mock<ActorTimerManager> Timers { get; } = new();
    public Dictionary<string, ActorReminder> Reminders { get; } = new(StringComparer.Ordinal);
    public List<string> Events { get; } = [];
    public StockShardActor Actor { get; private set; }

    public StockShardActor Restart()
    {
        State.DropPending();
        var host = ActorHost.CreateForTest<StockShardActor>(new ActorTestOptions
        {
            ActorId = ShardActorId.For(ProductIdOfShard, Shard),
            TimerManager = Timers.Object,
        });
        Actor = new StockShardActor(host, Dapr.Client, Microsoft.Extensions.Options.Options.Create(Options), Clock,
            NullLogger<StockShardActor>.Instance, State);
        return Actor;
    }

    public Task FireAsync(string reminderName)
    {
        ActorReminder reminder;
        lock (Reminders)
        {
            reminder = Reminders[reminderName];
        }

        return Actor.ReceiveReminderAsync(reminder.Name, reminder.State, reminder.DueTime, reminder.Period);
    }

    private void Record(string text)
    {
        lock (Events)
        {
            Events.Add(text);
        }
    }
}
