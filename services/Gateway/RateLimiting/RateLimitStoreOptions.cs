using StackExchange.Redis;

namespace PurchasePlatform.Gateway.RateLimiting;

/// <summary>
/// Configuration "RateLimits:Redis": a StackExchange.Redis configuration string (e.g. <c>127.0.0.1:6379</c>). Set,
/// the counters live in that Redis and every gateway instance pointing at it shares them; unset, each instance
/// counts in memory on its own.
/// </summary>
internal sealed class RateLimitStoreOptions
{
    public string? Redis { get; set; }

    public bool UsesRedis => !string.IsNullOrWhiteSpace(Redis);

    public bool IsValid()
    {
        if (!UsesRedis)
        {
            return true;
        }

        try
        {
            return ConfigurationOptions.Parse(Redis!).EndPoints.Count > 0;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    public ConfigurationOptions RedisClient()
    {
        var client = ConfigurationOptions.Parse(Redis!);
        client.ClientName ??= "gateway-ratelimit";

        // Start while Redis is down and keep reconnecting; meanwhile fail each call at once (the store then lets the
        // request through) rather than queueing it until a timeout.
        client.AbortOnConnectFail = false;
        client.BacklogPolicy = BacklogPolicy.FailFast;
        return client;
    }
}
