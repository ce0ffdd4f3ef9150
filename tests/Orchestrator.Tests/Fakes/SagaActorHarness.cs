using PurchasePlatform.TestSupport;
using Dapr.Actors;
using Dapr.Actors.Runtime;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using PurchasePlatform.Orchestrator.Actors;
using PurchasePlatform.Orchestrator.Saga;

namespace PurchasePlatform.Orchestrator.Tests.Fakes;

/// <summary>
/// A <see cref="PurchaseSagaActor"/> over in-memory actor state and mocked reminders, with a <see cref="FakeShop"/> as
/// its steps. <see cref="Restart"/> is a new activation that sees only what was saved (as after a crash); reminders
/// stay registered, as they are durable in Dapr.
/// </summary>
internal sealed class SagaActorHarness
{
    public const string PurchaseId = "3f2b8c1e-0000-4000-8000-000000000001";

    public SagaActorHarness()
    {
        State = new InMemoryActorState(Clock);
        Publisher = new RecordingPublisher(Store);
        Timers.Setup(t => t.RegisterReminderAsync(It.IsAny<ActorReminder>()))
            .Callback<ActorReminder>(r => Reminders[r.Name] = r).Returns(Task.CompletedTask);
        Timers.Setup(t => t.UnregisterReminderAsync(It.IsAny<ActorReminderToken>()))
            .Callback<ActorReminderToken>(r => Reminders.Remove(r.Name)).Returns(Task.CompletedTask);
        Actor = Restart();
    }

    public ManualClock Clock { get; } = new(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));

    public FakeShop Shop { get; } = new();

    public InMemoryPurchaseStore Store { get; } = new();

    public RecordingPublisher Publisher { get; }

    public InMemoryActorState State { get; }

    public Mock<ActorTimerManager> Timers { get; } = new();

    public Dictionary<string, ActorReminder> Reminders { get; } = new(StringComparer.Ordinal);

    public OrchestratorOptions Options { get; } = new() { ResumeInterval = TimeSpan.FromSeconds(15) };

    public PurchaseSagaActor Actor { get; private set; }

    public PurchaseSagaActor Restart()
    {
        State.DropPending();
        var host = ActorHost.CreateForTest<PurchaseSagaActor>(new ActorTestOptions { ActorId = new ActorId(PurchaseId), TimerManager = Timers.Object });
        var saga = new PurchaseSaga(Shop, new SagaRetryPolicy { MaxAttempts = 4, MaxCompensationAttempts = 5 }, Clock);
        Actor = new PurchaseSagaActor(host, saga, Store, Publisher, Microsoft.Extensions.Options.Options.Create(Options), Clock,
            NullLogger<PurchaseSagaActor>.Instance, State);
        return Actor;
    }

    public Task StartAsync(params (string Id, int Quantity)[] products) =>
        Actor.StartAsync(new StartPurchase("user-1", products.Select(p => new StartPurchaseLine(p.Id, p.Quantity)).ToList(), "tok_success"));

    /// <summary>Fires the saga reminder, as the sidecar does when it is due.</summary>
    public Task FireAsync()
    {
        var reminder = Reminders[PurchaseSagaActor.ReminderName];
        return Actor.ReceiveReminderAsync(reminder.Name, reminder.State, reminder.DueTime, reminder.Period);
    }

    public PurchaseState? Saved => State.Persisted<PurchaseState>(PurchaseSagaActor.StateName);
}
