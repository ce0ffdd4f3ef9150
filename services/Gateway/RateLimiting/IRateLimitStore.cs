namespace PurchasePlatform.Gateway.RateLimiting;

/// <summary>
/// Keeps each client's counters and decides, atomically per client, whether one more request fits its plan.
/// The in-memory store serves a single gateway instance; several instances need a shared (Redis) one.
/// </summary>
internal interface IRateLimitStore
{
    /// <summary>Counts one request of <paramref name="clientKey"/> against <paramref name="plan"/> if it fits.</summary>
    ValueTask<RateLimitDecision> TryAcquireAsync(string clientKey, RateLimitPlan plan, CancellationToken cancellationToken);
}
