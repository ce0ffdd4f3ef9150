using PurchasePlatform.BuildingBlocks.Outbox;

namespace PurchasePlatform.Orchestrator.Saga;

/// <summary>How often a step is tried and how long the saga waits in between (doubling from <see cref="FirstDelay"/>).</summary>
public sealed class SagaRetryPolicy
{
    public const string SectionName = "Orchestrator:Retry";

    /// <summary>Tries of a forward step before the saga gives up and compensates.</summary>
    public int MaxAttempts { get; set; } = 6;

    /// <summary>Tries of a compensation before the saga ends failed with what is left undone.</summary>
    public int MaxCompensationAttempts { get; set; } = 20;

    public TimeSpan FirstDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan DelayAfter(int attempts) => RetryBackoff.Delay(Math.Max(1, attempts), FirstDelay, MaxDelay);

    public bool IsValid() => MaxAttempts > 0 && MaxCompensationAttempts > 0 && FirstDelay > TimeSpan.Zero && MaxDelay >= FirstDelay;
}
