using Dapr.Actors.Runtime;
using Microsoft.Extensions.Options;
using PurchasePlatform.Orchestrator.Saga;
using PurchasePlatform.Orchestrator.Store;

namespace PurchasePlatform.Orchestrator.Actors;

/// <summary>
/// Hosts a <see cref="PurchaseSaga"/>: its state in actor state, driven by the <c>saga</c> reminder. Each step's outcome
/// is saved (actor state, then the read model) before the next step starts and before its events are published. The
/// reminder is periodic, so a saga interrupted by a crash runs again; while a step waits for a retry it is moved to the
/// retry time; it is removed when the saga has ended and its events are out.
/// </summary>
public sealed partial class PurchaseSagaActor : Actor, IPurchaseSagaActor, IRemindable
{
    internal const string StateName = "purchase";
    internal const string ReminderName = "saga";

    private readonly PurchaseSaga saga;
    private readonly IPurchaseStore store;
    private readonly IPurchaseEventPublisher publisher;
    private readonly OrchestratorOptions options;
    private readonly TimeProvider clock;
    private readonly ILogger<PurchaseSagaActor> logger;

    public PurchaseSagaActor(ActorHost host, PurchaseSaga saga, IPurchaseStore store, IPurchaseEventPublisher publisher,
        IOptions<OrchestratorOptions> options, TimeProvider clock, ILogger<PurchaseSagaActor> logger, IActorStateManager? stateManager = null)
        : base(host)
    {
        this.saga = saga;
        this.store = store;
        this.publisher = publisher;
        this.options = options.Value;
        this.clock = clock;
        this.logger = logger;
        if (stateManager is not null)
        {
            StateManager = stateManager;
        }
    }

    private string PurchaseId => Id.GetId();

    public async Task<PurchaseView> StartAsync(StartPurchase request)
    {
        var existing = await StateManager.TryGetStateAsync<PurchaseState>(StateName);
        if (existing.HasValue)
        {
            return PurchaseView.Of(existing.Value);
        }

        var state = PurchaseSaga.Begin(PurchaseId, request.UserId, request.Products.Select(p => (p.Id, p.Quantity)), request.PaymentMethodId,
            clock.GetUtcNow());
        // Registered before the save: a crash in between leaves a reminder that finds no saga, never a saga nothing drives.
        await RegisterReminderAsync(ReminderName, null, TimeSpan.Zero, options.ResumeInterval);
        // Its "pending" event goes out with the first run of the reminder, which starts by publishing what is saved.
        await SaveAsync(state);
        return PurchaseView.Of(state);
    }

    public async Task<PurchaseView?> GetAsync()
    {
        var state = await StateManager.TryGetStateAsync<PurchaseState>(StateName);
        return state.HasValue ? PurchaseView.Of(state.Value) : null;
    }

    public async Task ReceiveReminderAsync(string reminderName, byte[] state, TimeSpan dueTime, TimeSpan period)
    {
        if (reminderName == ReminderName)
        {
            await RunAsync(CancellationToken.None);
        }
    }

    /// <summary>Runs the saga's steps until it ends or waits for a retry.</summary>
    internal async Task RunAsync(CancellationToken cancellationToken)
    {
        var found = await StateManager.TryGetStateAsync<PurchaseState>(StateName);
        if (!found.HasValue)
        {
            await UnregisterReminderAsync(ReminderName);
            return;
        }

        var state = found.Value;
        // Events saved by a run that stopped before publishing them.
        await PublishAsync(state);
        while (!state.IsFinal)
        {
            var cancelRequested = PurchaseSaga.MayCancel(state) && await store.IsCancelRequestedAsync(PurchaseId, cancellationToken);
            var turn = await saga.AdvanceAsync(state, cancelRequested, cancellationToken);
            await SaveAsync(state);
            await PublishAsync(state);
            if (turn == SagaTurn.Wait)
            {
                var delay = state.NextAttemptAt is { } at ? at - clock.GetUtcNow() : options.ResumeInterval;
                LogRetrying(PurchaseId, state.Step, state.Attempts, state.LastError);
                await RegisterReminderAsync(ReminderName, null, delay > TimeSpan.Zero ? delay : TimeSpan.Zero, options.ResumeInterval);
                return;
            }
        }

        // Clears what was published since the last save; events still unpublished keep the reminder for another try.
        await SaveAsync(state);
        if (state.PendingEvents.Count == 0)
        {
            await UnregisterReminderAsync(ReminderName);
        }
    }

    private async Task SaveAsync(PurchaseState state)
    {
        await StateManager.SetStateAsync(StateName, state);
        await StateManager.SaveStateAsync();
        await store.SaveAsync(PurchaseView.Of(state), CancellationToken.None);
    }

    // After the save that recorded them: an event is never out before the state it describes.
    private async Task PublishAsync(PurchaseState state)
    {
        while (state.PendingEvents.Count > 0)
        {
            var next = state.PendingEvents[0];
            try
            {
                await publisher.PublishAsync(next, CancellationToken.None);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogPublishFailed(ex, PurchaseId, next.EventId);
                return;
            }

            state.PendingEvents.RemoveAt(0);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Purchase {PurchaseId}: {Step} will be retried (attempt {Attempts} failed: {Error})")]
    private partial void LogRetrying(string purchaseId, SagaStep step, int attempts, string? error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Purchase {PurchaseId}: event {EventId} could not be published; it is kept for the next run")]
    private partial void LogPublishFailed(Exception exception, string purchaseId, string eventId);
}
