using Microsoft.Extensions.Options;
using PurchasePlatform.Gateway.RateLimiting;
using PurchasePlatform.Gateway.Tests.Infrastructure;

namespace PurchasePlatform.Gateway.Tests.RateLimiting;

public sealed class InMemoryRateLimitStoreTests
{
    private static readonly DateTimeOffset TenOClock = new(2025, 11, 2, 10, 0, 0, TimeSpan.Zero);
    private static readonly RateLimitPlan Guest = new("Guest", RequestsPerHour: 100, Burst: 10);

    private readonly ManualClock clock = new(TenOClock);

    [Fact]
    public async Task A_guest_gets_a_burst_of_ten_then_one_request_every_36_seconds()
    {
        var store = Store();

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

        clock.Advance(TimeSpan.FromSeconds(36));
        Assert.True((await store.TryAcquireAsync("ip:1", Guest, default)).Allowed);
        Assert.False((await store.TryAcquireAsync("ip:1", Guest, default)).Allowed);
    }

    [Fact]
    public async Task Limit_and_reset_describe_the_current_clock_hour()
    {
        var store = Store();
        clock.Advance(TimeSpan.FromMinutes(15));

        var decision = await store.TryAcquireAsync("ip:1", Guest, default);

        Assert.Equal(100, decision.Limit);
        Assert.Equal(TenOClock.AddHours(1).ToUnixTimeSeconds(), decision.ResetUnixSeconds);
    }

    [Fact]
    public async Task The_hourly_quota_holds_however_slowly_requests_come_and_returns_with_the_next_hour()
    {
        var store = Store();
        var plan = new RateLimitPlan("Tiny", RequestsPerHour: 3, Burst: 3);
        for (var i = 0; i < 3; i++)
        {
            Assert.True((await store.TryAcquireAsync("user:a", plan, default)).Allowed);
        }

        clock.Advance(TimeSpan.FromMinutes(40)); // the bucket has refilled two tokens by now
        var refused = await store.TryAcquireAsync("user:a", plan, default);

        Assert.False(refused.Allowed);
        Assert.Equal(0, refused.Remaining);
        Assert.Equal(20 * 60, refused.RetryAfterSeconds);

        clock.Set(TenOClock.AddHours(1));
        var nextHour = await store.TryAcquireAsync("user:a", plan, default);
        Assert.True(nextHour.Allowed);
        Assert.Equal(2, nextHour.Remaining);
        Assert.Equal(TenOClock.AddHours(2).ToUnixTimeSeconds(), nextHour.ResetUnixSeconds);
    }

    [Fact]
    public async Task Each_client_has_its_own_allowance()
    {
        var store = Store();
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
        var store = Store();
        var plan = new RateLimitPlan("Admin", RequestsPerHour: 10000, Burst: 200);

        var decisions = await Task.WhenAll(Enumerable.Range(0, 2000)
            .Select(_ => Task.Run(async () => await store.TryAcquireAsync("user:admin", plan, default))));

        Assert.Equal(200, decisions.Count(decision => decision.Allowed));
        Assert.Equal(9800, decisions.Where(decision => decision.Allowed).Min(decision => decision.Remaining));
    }

    [Fact]
    public async Task A_sweep_forgets_clients_whose_counters_are_back_to_new_but_not_one_still_limited()
    {
        var store = Store();
        for (var i = 0; i < 10; i++)
        {
            await store.TryAcquireAsync("user:busy", Guest, default);
        }

        await store.TryAcquireAsync("user:occasional", Guest, default);

        // 61 s on: a sweep is due; the busy client's bucket holds 1.7 tokens, so it must not be forgotten.
        clock.Advance(TimeSpan.FromSeconds(61));
        await store.TryAcquireAsync("user:trigger", Guest, default);
        Assert.True((await store.TryAcquireAsync("user:busy", Guest, default)).Allowed);
        Assert.False((await store.TryAcquireAsync("user:busy", Guest, default)).Allowed);

        // Next hour, buckets full: every client is as good as new and is dropped.
        clock.Set(TenOClock.AddHours(1).AddMinutes(5));
        await store.TryAcquireAsync("user:trigger", Guest, default);
        Assert.Equal(1, store.TrackedClients);
    }

    [Fact]
    public async Task No_more_than_MaxTrackedClients_are_kept_however_many_call()
    {
        var store = Store(maxTrackedClients: 100);

        for (var i = 0; i < 1000; i++)
        {
            await store.TryAcquireAsync($"ip:10.0.{i / 256}.{i % 256}", Guest, default);
            Assert.True(store.TrackedClients <= 100);
        }

        // The most recent caller is still tracked: its next request counts from where it was.
        Assert.Equal(98, (await store.TryAcquireAsync("ip:10.0.3.231", Guest, default)).Remaining);
    }

    private InMemoryRateLimitStore Store(int maxTrackedClients = 100_000) =>
        new(clock, Options.Create(new RateLimitOptions { MaxTrackedClients = maxTrackedClients }));
}
