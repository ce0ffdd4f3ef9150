using PurchasePlatform.Gateway.RateLimiting;
using PurchasePlatform.Gateway.Tests.Infrastructure;
using PurchasePlatform.TestSupport;

namespace PurchasePlatform.Gateway.Tests.RateLimiting;

/// <summary>The rules every rate limit store keeps; each store's test class runs them against that store.</summary>
public abstract class RateLimitStoreBehaviourTests
{
    protected static readonly DateTimeOffset TenOClock = new(2025, 11, 2, 10, 0, 0, TimeSpan.Zero);
    internal static readonly RateLimitPlan Guest = new("Guest", RequestsPerHour: 100, Burst: 10);
    internal static readonly RateLimitPlan Admin = new("Admin", RequestsPerHour: 10000, Burst: 200);

    protected ManualClock Clock { get; } = new(TenOClock);

    [Fact]
    public async Task A_guest_gets_a_burst_of_ten_then_one_request_every_36_seconds()
    {
        var store = NewStore();

        for (var i = 1; i <= 10; i++)
        {
            var allowed = await store.TryAcquireAsync("ip:1", Guest, default);
            Assert.True(allowed.Allowed);
            Assert.Equal(100 - i, allowed.Remaining);
        }

        var refused = await store.TryAcquireAsync("ip:1", Guest, default);
        Assert.False(refused.Allowed);
        Assert.Equal(36, refused.RetryAfterSeconds);
        Assert.Equal(90, refused.Remaining);

        Clock.Advance(TimeSpan.FromSeconds(36));
        Assert.True((await store.TryAcquireAsync("ip:1", Guest, default)).Allowed);
        Assert.False((await store.TryAcquireAsync("ip:1", Guest, default)).Allowed);
    }

    [Fact]
    public async Task Limit_and_reset_describe_the_current_clock_hour()
    {
        var store = NewStore();
        Clock.Advance(TimeSpan.FromMinutes(15));

        var decision = await store.TryAcquireAsync("ip:1", Guest, default);

        Assert.Equal(100, decision.Limit);
        Assert.Equal(TenOClock.AddHours(1).ToUnixTimeSeconds(), decision.ResetUnixSeconds);
    }

    [Fact]
    public async Task The_hourly_quota_holds_however_slowly_requests_come_and_returns_with_the_next_hour()
    {
        var store = NewStore();
        var plan = new RateLimitPlan("Tiny", RequestsPerHour: 3, Burst: 3);
        for (var i = 0; i < 3; i++)
        {
            Assert.True((await store.TryAcquireAsync("user:a", plan, default)).Allowed);
        }

        Clock.Advance(TimeSpan.FromMinutes(40)); // the bucket has refilled two tokens by now
        var refused = await store.TryAcquireAsync("user:a", plan, default);

        Assert.False(refused.Allowed);
        Assert.Equal(0, refused.Remaining);
        Assert.Equal(20 * 60, refused.RetryAfterSeconds);

        Clock.Set(TenOClock.AddHours(1));
        var nextHour = await store.TryAcquireAsync("user:a", plan, default);
        Assert.True(nextHour.Allowed);
        Assert.Equal(2, nextHour.Remaining);
        Assert.Equal(TenOClock.AddHours(2).ToUnixTimeSeconds(), nextHour.ResetUnixSeconds);
    }

    [Fact]
    public async Task Each_client_has_its_own_allowance()
    {
        var store = NewStore();
        for (var i = 0; i < 10; i++)
        {
            await store.TryAcquireAsync("user:a", Guest, default);
        }

        Assert.False((await store.TryAcquireAsync("user:a", Guest, default)).Allowed);
        var other = await store.TryAcquireAsync("user:b", Guest, default);
        Assert.True(other.Allowed);
        Assert.Equal(99, other.Remaining);
    }

    [Fact]
    public async Task Concurrent_requests_of_one_client_never_get_past_its_burst()
    {
        var store = NewStore();

        var decisions = await Task.WhenAll(Enumerable.Range(0, 2000)
            .Select(_ => Task.Run(async () => await store.TryAcquireAsync("user:admin", Admin, default))));

        Assert.Equal(200, decisions.Count(decision => decision.Allowed));
        Assert.Equal(9800, decisions.Where(decision => decision.Allowed).Min(decision => decision.Remaining));
    }

    /// <summary>A store as a gateway instance would have it; stores made by one test share their counters if the kind of store can.</summary>
    internal abstract IRateLimitStore NewStore();
}
