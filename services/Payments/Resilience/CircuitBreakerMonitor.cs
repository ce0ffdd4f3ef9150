using Polly.CircuitBreaker;

namespace PurchasePlatform.Payments.Resilience;

/// <summary>What the provider's circuit breaker did, for <c>GET /api/circuit-breaker/status</c> and the metrics.</summary>
public sealed class CircuitBreakerMonitor(TimeProvider clock)
{
    private readonly Lock gate = new();
    private int failureCount;
    private DateTime? lastFailure;
    private DateTime? openUntil;

    public CircuitBreakerStateProvider StateProvider { get; } = new();

    public CircuitBreakerSnapshot Snapshot()
    {
        lock (gate)
        {
            var state = StateProvider.CircuitState switch
            {
                CircuitState.Open or CircuitState.Isolated => "open",
                CircuitState.HalfOpen => "half-open",
                _ => "closed",
            };
            return new CircuitBreakerSnapshot(state, failureCount, lastFailure, state == "open" ? openUntil : null);
        }
    }

    public void RecordFailure()
    {
        lock (gate)
        {
            failureCount++;
            lastFailure = clock.GetUtcNow().UtcDateTime;
        }
    }

    public void Opened(TimeSpan breakDuration)
    {
        lock (gate)
        {
            openUntil = clock.GetUtcNow().UtcDateTime + breakDuration;
        }
    }

    public void Closed()
    {
        lock (gate)
        {
            failureCount = 0;
            openUntil = null;
        }
    }
}

/// <param name="FailureCount">Failed provider attempts since the circuit last closed.</param>
/// <param name="NextAttempt">While open: when the next (trial) call will be let through.</param>
public sealed record CircuitBreakerSnapshot(string State, int FailureCount, DateTime? LastFailure, DateTime? NextAttempt);
