using Microsoft.Extensions.Options;
using PurchasePlatform.Gateway.RateLimiting;
using StackExchange.Redis;

namespace PurchasePlatform.Gateway.FlashSale.Admission;

/// <summary>
/// The bucket in Redis (<see cref="RedisAdmissionScript"/>), shared by every gateway configured with the same
/// <c>RateLimits:Redis</c>. While Redis cannot be reached, this instance admits through its own in-memory bucket
/// instead, so a Redis outage neither stops the sale nor lets the whole crowd through.
/// </summary>
internal sealed partial class RedisAdmissionBucket(
    IOptions<RateLimitStoreOptions> redisOptions,
    IOptions<AdmissionOptions> options,
    InMemoryAdmissionBucket fallback,
    TimeProvider clock,
    ILogger<RedisAdmissionBucket> logger) : IAdmissionBucket, IAsyncDisposable
{
    private readonly OnDemandRedisConnection connection = new(() =>
    {
        var client = redisOptions.Value.RedisClient();
        client.ClientName = "gateway-flashsale";
        return client;
    });
    private int unavailable;

    public async ValueTask<bool> TryTakeAsync(CancellationToken cancellationToken)
    {
        try
        {
            var redis = await connection.GetAsync().WaitAsync(cancellationToken);
            var taken = await RedisAdmissionScript.TryTakeAsync(redis.GetDatabase(), options.Value, clock.GetUtcNow()).WaitAsync(cancellationToken);
            if (Interlocked.Exchange(ref unavailable, 0) == 1)
            {
                LogRedisBack();
            }

            return taken;
        }
        catch (Exception exception) when (exception is RedisException or RedisTimeoutException)
        {
            if (Interlocked.Exchange(ref unavailable, 1) == 0)
            {
                LogRedisUnavailable(exception);
            }

            return fallback.TryTake();
        }
    }

    public ValueTask DisposeAsync() => connection.DisposeAsync();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Flash-sale admission Redis unavailable: admitting through this instance's own bucket until it is back")]
    private partial void LogRedisUnavailable(Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Flash-sale admission Redis reachable again: sharing the bucket")]
    private partial void LogRedisBack();
}
