using StackExchange.Redis;

namespace PurchasePlatform.Gateway.FlashSale.Admission;

/// <summary>
/// The bucket as one Lua script over the hash <c>flashsale:{admission}:bucket</c> (tokens, last refill in unix ms), so
/// that refilling, deciding and taking are atomic across every gateway sharing the Redis. The time is the calling
/// gateway's clock; a clock behind the stored refill time adds nothing. The key expires once the bucket would be full
/// again, since a missing bucket is a full one.
/// </summary>
internal static class RedisAdmissionScript
{
    public const string BucketKey = "flashsale:{admission}:bucket";

    // ARGV: now (unix ms), capacity, tokens per second. Returns 1 if a token was taken, else 0.
    private const string Script = """
        local now = tonumber(ARGV[1])
        local capacity = tonumber(ARGV[2])
        local rate = tonumber(ARGV[3])

        local bucket = redis.call('HMGET', KEYS[1], 'tokens', 'refilled')
        local tokens = tonumber(bucket[1]) or capacity
        local refilled = tonumber(bucket[2]) or now
        if now > refilled then
          tokens = math.min(capacity, tokens + (now - refilled) / 1000 * rate)
          refilled = now
        end

        if tokens < 1 then
          return 0
        end

        tokens = tokens - 1
        redis.call('HSET', KEYS[1], 'tokens', string.format('%.17g', tokens), 'refilled', string.format('%.17g', refilled))
        redis.call('PEXPIRE', KEYS[1], math.max(1, math.ceil((capacity - tokens) / rate * 1000)))
        return 1
        """;

    public static async Task<bool> TryTakeAsync(IDatabaseAsync redis, AdmissionOptions options, DateTimeOffset now)
    {
        RedisKey[] keys = [BucketKey];
        RedisValue[] args = [now.ToUnixTimeMilliseconds(), options.Capacity, options.TokensPerSecond];
        return (long)(await redis.ScriptEvaluateAsync(Script, keys, args)) == 1;
    }
}
