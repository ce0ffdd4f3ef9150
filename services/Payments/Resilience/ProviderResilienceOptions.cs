namespace PurchasePlatform.Payments.Resilience;

/// <summary>How the card provider is called (configuration section "Payments:Provider").</summary>
public sealed class ProviderResilienceOptions
{
    public const string Section = "Payments:Provider";

    /// <summary>How long one attempt may take before it counts as a transient failure.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Retries after the first attempt, for transient failures only (never for a decline); 0 for none.</summary>
    public int MaxRetryAttempts { get; set; } = 2;

    /// <summary>The first retry's delay; it doubles per retry, with jitter.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The share of failed attempts within <see cref="SamplingDuration"/> that opens the circuit.</summary>
    public double FailureRatio { get; set; } = 0.5;

    /// <summary>Attempts needed within <see cref="SamplingDuration"/> before the ratio counts (at least 2).</summary>
    public int MinimumThroughput { get; set; } = 5;

    public TimeSpan SamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long the circuit stays open before one trial call is let through (half-open).</summary>
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(30);
}
