using System.Collections.Concurrent;
using LocalDapr.Configuration;

namespace LocalDapr.Runtime;

/// <summary>The policy that applies to one target for one app: timeout per attempt, retries, circuit breaker.</summary>
public sealed record ResolvedPolicy(TimeSpan Timeout, RetryPolicy Retry, CircuitBreaker? Breaker)
{
    public static readonly ResolvedPolicy None = new(TimeSpan.Zero, RetryPolicy.None, null);
}

/// <summary>
/// Finds the Resiliency policies that apply to an app (documents scoped to it, or unscoped), as daprd does for
/// apps, actors and component inbound/outbound targets. Circuit breakers are shared per app and target.
/// </summary>
public sealed class ResiliencyResolver(IReadOnlyList<ResiliencyDefinition> definitions)
{
    private readonly ConcurrentDictionary<string, CircuitBreaker> _breakers = new(StringComparer.Ordinal);

    public ResolvedPolicy ForApp(string callerAppId, string targetAppId) =>
        Resolve(callerAppId, $"app:{targetAppId}", d => d.Apps.GetValueOrDefault(targetAppId), "App");

    public ResolvedPolicy ForComponentInbound(string appId, string componentName) =>
        Resolve(appId, $"in:{componentName}", d => d.Components.GetValueOrDefault(componentName)?.Inbound, "ComponentInbound", "Component");

    public ResolvedPolicy ForComponentOutbound(string appId, string componentName) =>
        Resolve(appId, $"out:{componentName}", d => d.Components.GetValueOrDefault(componentName)?.Outbound, "ComponentOutbound", "Component");

    public ResolvedPolicy ForActor(string appId, string actorType) =>
        Resolve(appId, $"actor:{actorType}", d => d.Actors.GetValueOrDefault(actorType), "Actor");

    /// <summary>
    /// A target's own policies, else daprd's default policy names (<c>Default{Kind}{Timeout|Retry|CircuitBreaker}Policy</c>,
    /// then <c>Default{...}Policy</c>) for each policy type the target does not name.
    /// </summary>
    private ResolvedPolicy Resolve(string appId, string target, Func<ResiliencyDefinition, PolicyNames?> pick, params string[] kinds)
    {
        foreach (var definition in definitions.Where(d => d.Scopes.Count == 0 || d.Scopes.Contains(appId, StringComparer.Ordinal)))
        {
            var names = pick(definition) ?? new PolicyNames(null, null, null);
            var timeoutName = names.Timeout ?? DefaultName(definition.Timeouts.ContainsKey, kinds, "Timeout");
            var retryName = names.Retry ?? DefaultName(definition.Retries.ContainsKey, kinds, "Retry");
            var breakerName = names.CircuitBreaker ?? DefaultName(definition.CircuitBreakers.ContainsKey, kinds, "CircuitBreaker");
            if (timeoutName is null && retryName is null && breakerName is null) continue;

            var retry = retryName is not null ? definition.Retries[retryName] : RetryPolicy.None;
            CircuitBreaker? breaker = null;
            if (breakerName is not null)
            {
                var policy = definition.CircuitBreakers[breakerName];
                breaker = _breakers.GetOrAdd($"{appId}|{target}", _ => new CircuitBreaker(policy, TimeProvider.System));
            }

            return new ResolvedPolicy(definition.ResolveTimeout(timeoutName), retry, breaker);
        }

        return ResolvedPolicy.None;
    }

    private static string? DefaultName(Func<string, bool> exists, string[] kinds, string policyType) =>
        kinds.Select(kind => $"Default{kind}{policyType}Policy").Append($"Default{policyType}Policy").FirstOrDefault(exists);
}

/// <summary>Consecutive-failure circuit breaker: open for <c>timeout</c>, then half-open for <c>maxRequests</c> trial calls.</summary>
public sealed class CircuitBreaker(CircuitBreakerPolicy policy, TimeProvider clock)
{
    private readonly Lock _gate = new();
    private int _consecutiveFailures;
    private DateTimeOffset? _openUntil;
    private int _halfOpenCalls;

    public bool IsOpen
    {
        get
        {
            lock (_gate)
            {
                if (_openUntil is null) return false;
                if (clock.GetUtcNow() < _openUntil) return true;
                return _halfOpenCalls >= policy.MaxRequests;
            }
        }
    }

    public bool TryEnter()
    {
        lock (_gate)
        {
            if (_openUntil is null) return true;
            if (clock.GetUtcNow() < _openUntil) return false;
            if (_halfOpenCalls >= policy.MaxRequests) return false;
            _halfOpenCalls++;
            return true;
        }
    }

    public void Record(bool success)
    {
        lock (_gate)
        {
            if (success)
            {
                _consecutiveFailures = 0;
                _openUntil = null;
                _halfOpenCalls = 0;
                return;
            }

            _consecutiveFailures++;
            if (_openUntil is not null || _consecutiveFailures >= policy.ConsecutiveFailures)
            {
                _openUntil = clock.GetUtcNow() + policy.Timeout;
                _halfOpenCalls = 0;
            }
        }
    }
}

public static class ResolvedPolicyExecution
{
    /// <summary>
    /// Runs <paramref name="attempt"/> under the policy: each try bounded by the timeout, failures retried with the
    /// policy's delays, the breaker consulted and fed. <paramref name="isFailure"/> decides which results count as failures.
    /// </summary>
    public static async Task<T> ExecuteAsync<T>(this ResolvedPolicy policy, Func<CancellationToken, Task<T>> attempt,
        Func<T, bool> isFailure, CancellationToken cancellationToken)
    {
        for (var retries = 0; ; retries++)
        {
            if (policy.Breaker is { } breaker && !breaker.TryEnter())
                throw new CircuitBreakerOpenException();

            T result;
            Exception? error = null;
            try
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                if (policy.Timeout > TimeSpan.Zero) timeout.CancelAfter(policy.Timeout);
                result = await attempt(timeout.Token);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested && ex is not CircuitBreakerOpenException)
            {
                result = default!;
                error = ex;
            }

            var failed = error is not null || isFailure(result);
            policy.Breaker?.Record(!failed);
            if (!failed) return result;
            if (!policy.Retry.AllowsRetry(retries))
            {
                if (error is not null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(error);
                return result;
            }

            (result as IDisposable)?.Dispose(); // a failed response that is retried is never read
            await Task.Delay(policy.Retry.DelayBefore(retries + 1), cancellationToken);
        }
    }
}

public sealed class CircuitBreakerOpenException() : Exception("circuit breaker is open");
