using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace PurchasePlatform.Gateway.RateLimiting;

/// <summary>
/// Counters in Redis (<see cref="RedisRateLimitScript"/>), shared by every gateway instance configured with the same
/// Redis. Fails open: while Redis cannot be reached or answers with an error, requests are let through uncounted, so
/// the gateway keeps serving without Redis; a warning is logged when that starts and a note when Redis is back.
/// </summary>
internal sealed partial class RedisRateLimitStore(IOptions<RateLimitStoreOptions> options, TimeProvider clock, ILogger<RedisRateLimitStore> logger)
    : IRateLimitStore, IAsyncDisposable
{
    private readonly OnDemandRedisConnection connection = new(() => options.Value.RedisClient());
    private int unavailable;

    public async ValueTask<RateLimitDecision> TryAcquireAsync(string clientKey, RateLimitPlan plan, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        try
        {
            var redis = await connection.GetAsync().WaitAsync(cancellationToken);
            var decision = await RedisRateLimitScript.RunAsync(redis.GetDatabase(), clientKey, plan, now).WaitAsync(cancellationToken);
            if (Interlocked.Exchange(ref unavailable, 0) == 1)
            {
                LogRedisBack();
            }

            return decision;
        }
        catch (Exception exception) when (exception is RedisException or RedisTimeoutException)
        {
            if (Interlocked.Exchange(ref unavailable, 1) == 0)
            {
                LogRedisUnavailable(exception);
            }

            var resetUnixSeconds = (now.ToUnixTimeSeconds() / RateLimitPlan.WindowSeconds + 1) * RateLimitPlan.WindowSeconds;
            return new RateLimitDecision(true, plan.RequestsPerHour, plan.RequestsPerHour, resetUnixSeconds, 0);
        }
    }

    public ValueTask DisposeAsync() => connection.DisposeAsync();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rate limit store Redis unavailable: letting requests through uncounted until it is back")]
    private partial void LogRedisUnavailable(Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Rate limit store Redis reachable again: counting requests")]
    private partial void LogRedisBack();
}
