namespace LocalDapr.Configuration;

/// <summary>A <c>kind: Resiliency</c> document (dapr/dapr pkg/apis/resiliency/v1alpha1).</summary>
public sealed record ResiliencyDefinition(
    string Name,
    IReadOnlyDictionary<string, TimeSpan> Timeouts,
    IReadOnlyDictionary<string, RetryPolicy> Retries,
    IReadOnlyDictionary<string, CircuitBreakerPolicy> CircuitBreakers,
    IReadOnlyDictionary<string, PolicyNames> Apps,
    IReadOnlyDictionary<string, PolicyNames> Actors,
    IReadOnlyDictionary<string, ComponentPolicyNames> Components,
    IReadOnlyList<string> Scopes,
    string SourceFile);

public sealed record PolicyNames(string? Timeout, string? Retry, string? CircuitBreaker);

public sealed record ComponentPolicyNames(PolicyNames? Inbound, PolicyNames? Outbound);

public enum RetryKind
{
    Constant,
    Exponential,
}

/// <param name="MaxRetries">-1 retries forever.</param>
/// <param name="HttpStatusCodes">From <c>matching.httpStatusCodes</c>: the statuses worth a retry; empty = any failure.</param>
public sealed record RetryPolicy(RetryKind Kind, TimeSpan Duration, TimeSpan InitialInterval, TimeSpan MaxInterval, int MaxRetries,
    IReadOnlyList<(int From, int To)> HttpStatusCodes)
{
    public static readonly RetryPolicy None = new(RetryKind.Constant, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero, 0, []);

    public bool MatchesHttpStatus(int status) => HttpStatusCodes.Count == 0 || HttpStatusCodes.Any(r => status >= r.From && status <= r.To);

    public TimeSpan DelayBefore(int retry) => Kind switch
    {
        RetryKind.Constant => Duration,
        _ => TimeSpan.FromTicks(Math.Min(MaxInterval.Ticks, (long)(InitialInterval.Ticks * Math.Pow(1.5, retry - 1)))),
    };

    public bool AllowsRetry(int retriesSoFar) => MaxRetries < 0 || retriesSoFar < MaxRetries;
}

/// <param name="ConsecutiveFailures">Trips when this many calls in a row failed.</param>
public sealed record CircuitBreakerPolicy(int MaxRequests, TimeSpan Interval, TimeSpan Timeout, int ConsecutiveFailures);
