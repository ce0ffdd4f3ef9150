using System.Text.Json;
using PurchasePlatform.Orchestrator.Saga;
using PurchasePlatform.TestSupport;

namespace PurchasePlatform.Orchestrator.Tests.Fakes;

/// <summary>
/// Drives a <see cref="PurchaseSaga"/> the way a host does: one step at a time, the state saved (a JSON round trip)
/// after each, the clock moved to the retry time when the saga waits.
/// </summary>
internal sealed class SagaRunner
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public SagaRunner(FakeShop? shop = null, SagaRetryPolicy? retry = null)
    {
        Shop = shop ?? new FakeShop();
        Retry = retry ?? new SagaRetryPolicy { MaxAttempts = 4, MaxCompensationAttempts = 5 };
        Saga = new PurchaseSaga(Shop, Retry, Clock);
    }

    public FakeShop Shop { get; }

    public SagaRetryPolicy Retry { get; }

    public ManualClock Clock { get; } = new(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));

    public PurchaseSaga Saga { get; }

    /// <summary>The waits the saga asked for, in order.</summary>
    public List<TimeSpan> Waits { get; } = [];

    public List<string> Statuses { get; } = [];

    public PurchaseState Begin(params (string ProductId, int Quantity)[] lines) =>
        Save(PurchaseSaga.Begin("purchase-1", "user-1", lines, "tok_success", Clock.GetUtcNow()));

    public static PurchaseState Save(PurchaseState state) =>
        JsonSerializer.Deserialize<PurchaseState>(JsonSerializer.Serialize(state, Json), Json)!;

    /// <summary>Runs until the saga ends; <paramref name="cancelWhen"/> decides, before each step, whether the customer has asked to cancel.</summary>
    public async Task<PurchaseState> RunAsync(PurchaseState state, Func<PurchaseState, bool>? cancelWhen = null, int maxSteps = 200)
    {
        var cancelled = false;
        for (var i = 0; i < maxSteps; i++)
        {
            cancelled |= cancelWhen?.Invoke(state) == true;
            var turn = await Saga.AdvanceAsync(state, cancelled, CancellationToken.None);
            Statuses.AddRange(state.PendingEvents.Select(e => e.Data.Status));
            state.PendingEvents.Clear();
            state = Save(state);
            if (turn == SagaTurn.Finished)
            {
                return state;
            }

            if (turn == SagaTurn.Wait)
            {
                var wait = state.NextAttemptAt!.Value - Clock.Now;
                Waits.Add(wait);
                Clock.Now = state.NextAttemptAt!.Value;
            }
        }

        throw new InvalidOperationException($"The saga did not end in {maxSteps} steps; it is at {state.Step}");
    }

    /// <summary>Runs until the saga is at <paramref name="step"/> (before running it).</summary>
    public async Task<PurchaseState> RunUntilAsync(PurchaseState state, SagaStep step)
    {
        for (var i = 0; i < 200 && state.Step != step; i++)
        {
            await Saga.AdvanceAsync(state, false, CancellationToken.None);
            state.PendingEvents.Clear();
            state = Save(state);
        }

        Assert.Equal(step, state.Step);
        return state;
    }
}
