namespace PurchasePlatform.Gateway.RateLimiting;

/// <summary>
/// One client's counters: the requests counted in the current clock hour, and a token bucket that lets bursts of up
/// to the plan's Burst through and then refills at the hourly rate. Not thread-safe: callers hold its lock.
/// </summary>
internal sealed class ClientAllowance
{
    private long hour;
    private int used;
    private double tokens;
    private DateTimeOffset refilledAt;
    private int burst;
    private double tokensPerSecond;
    private long lastSeenUnixMs;

    public ClientAllowance(RateLimitPlan plan, DateTimeOffset now)
    {
        hour = HourOf(now);
        tokens = plan.Burst;
        refilledAt = now;
        burst = plan.Burst;
        tokensPerSecond = plan.TokensPerSecond;
        lastSeenUnixMs = now.ToUnixTimeMilliseconds();
    }

    /// <summary>Set once the store has dropped this entry; a caller that still holds it must look the client up again.</summary>
    public bool Evicted { get; private set; }

    /// <summary>Read without the lock, to pick the least recently seen clients.</summary>
    public long LastSeenUnixMs => Volatile.Read(ref lastSeenUnixMs);

    public RateLimitDecision TryAcquire(RateLimitPlan plan, DateTimeOffset now)
    {
        Refill(plan, now);
        if (HourOf(now) != hour)
        {
            hour = HourOf(now);
            used = 0;
        }

        Volatile.Write(ref lastSeenUnixMs, now.ToUnixTimeMilliseconds());
        var resetUnixSeconds = (hour + 1) * RateLimitPlan.WindowSeconds;
        var hourSpent = used >= plan.RequestsPerHour;
        var bucketEmpty = tokens < 1;

        if (!hourSpent && !bucketEmpty)
        {
            tokens -= 1;
            used++;
            return new RateLimitDecision(true, plan.RequestsPerHour, plan.RequestsPerHour - used, resetUnixSeconds, 0);
        }

        var untilReset = hourSpent ? resetUnixSeconds - now.ToUnixTimeMilliseconds() / 1000.0 : 0;
        var untilNextToken = bucketEmpty ? (1 - tokens) / plan.TokensPerSecond : 0;
        var retryAfter = (int)Math.Max(1, Math.Ceiling(Math.Max(untilReset, untilNextToken)));
        return new RateLimitDecision(false, plan.RequestsPerHour, Math.Max(0, plan.RequestsPerHour - used), resetUnixSeconds, retryAfter);
    }

    /// <summary>True when forgetting this client loses nothing: its hour's count and its bucket are back to a new client's.</summary>
    public bool IsIdle(DateTimeOffset now)
    {
        var countIsFresh = used == 0 || HourOf(now) != hour;
        var bucketIsFull = tokens + Math.Max(0, (now - refilledAt).TotalSeconds) * tokensPerSecond >= burst;
        return countIsFresh && bucketIsFull;
    }

    public void MarkEvicted() => Evicted = true;

    private void Refill(RateLimitPlan plan, DateTimeOffset now)
    {
        var elapsedSeconds = (now - refilledAt).TotalSeconds;
        if (elapsedSeconds > 0)
        {
            tokens += elapsedSeconds * plan.TokensPerSecond;
            refilledAt = now;
        }

        // Also caps a bucket left fuller by a bigger plan the client no longer has.
        tokens = Math.Min(tokens, plan.Burst);
        burst = plan.Burst;
        tokensPerSecond = plan.TokensPerSecond;
    }

    private static long HourOf(DateTimeOffset time) => time.ToUnixTimeSeconds() / RateLimitPlan.WindowSeconds;
}
