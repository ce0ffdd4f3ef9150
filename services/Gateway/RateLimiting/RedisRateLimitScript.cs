using StackExchange.Redis;

namespace PurchasePlatform.Gateway.RateLimiting;

/// <summary>
/// The rules of <see cref="ClientAllowance"/> as one Lua script, so that reading, deciding and counting a request is
/// atomic across every gateway instance sharing the Redis. Per client (the braces keep both keys in one cluster slot):
/// <c>ratelimit:{clientKey}:requests:{hour}</c> counts the clock hour's requests and expires when the hour ends;
/// <c>ratelimit:{clientKey}:bucket</c> holds the bucket's tokens and last refill (unix ms) and expires once it would
/// be full again, since a missing bucket is a full one. The time is the calling gateway's clock, passed in.
/// </summary>
internal static class RedisRateLimitScript
{
    // ARGV: now (unix ms), requests per hour, burst, end of the hour (unix s).
    // Returns {1 if allowed else 0, requests counted this hour, retry after in seconds (0 when allowed)}.
    // A refused request writes nothing: its refill is recomputed from the same stored state next time.
    private const string Script = """
        local now = tonumber(ARGV[1])
        local per_hour = tonumber(ARGV[2])
        local burst = tonumber(ARGV[3])
        local reset = tonumber(ARGV[4])
        local rate = per_hour / 3600

        local used = tonumber(redis.call('GET', KEYS[1])) or 0
        local bucket = redis.call('HMGET', KEYS[2], 'tokens', 'refilled')
        local tokens = tonumber(bucket[1]) or burst
        local refilled = tonumber(bucket[2]) or now
        if now > refilled then
          tokens = tokens + (now - refilled) / 1000 * rate
          refilled = now
        end
        tokens = math.min(tokens, burst)

        if used < per_hour and tokens >= 1 then
          tokens = tokens - 1
          used = redis.call('INCR', KEYS[1])
          redis.call('PEXPIRE', KEYS[1], math.max(1, reset * 1000 - now))
          redis.call('HSET', KEYS[2], 'tokens', string.format('%.17g', tokens), 'refilled', string.format('%.17g', refilled))
          redis.call('PEXPIRE', KEYS[2], math.max(1, math.ceil((burst - tokens) / rate * 1000)))
          return {1, used, 0}
        end

        local until_reset = 0
        if used >= per_hour then
          until_reset = reset - now / 1000
        end
        local until_token = 0
        if tokens < 1 then
          until_token = (1 - tokens) / rate
        end
        return {0, used, math.max(1, math.ceil(math.max(until_reset, until_token)))}
        """;

    public static async Task<RateLimitDecision> RunAsync(IDatabaseAsync redis, string clientKey, RateLimitPlan plan, DateTimeOffset now)
    {
        var hour = now.ToUnixTimeSeconds() / RateLimitPlan.WindowSeconds;
        var resetUnixSeconds = (hour + 1) * RateLimitPlan.WindowSeconds;
        RedisKey[] keys = [$"ratelimit:{{{clientKey}}}:requests:{hour}", $"ratelimit:{{{clientKey}}}:bucket"];
        RedisValue[] args = [now.ToUnixTimeMilliseconds(), plan.RequestsPerHour, plan.Burst, resetUnixSeconds];

        var result = (long[])(await redis.ScriptEvaluateAsync(Script, keys, args))!;
        var used = (int)result[1];
        return new RateLimitDecision(result[0] == 1, plan.RequestsPerHour, Math.Max(0, plan.RequestsPerHour - used), resetUnixSeconds, (int)result[2]);
    }
}
