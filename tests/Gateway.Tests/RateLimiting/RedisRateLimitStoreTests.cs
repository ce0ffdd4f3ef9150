using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PurchasePlatform.Gateway.RateLimiting;
using PurchasePlatform.Gateway.Tests.Infrastructure;
using PurchasePlatform.TestSupport;
using StackExchange.Redis;

namespace PurchasePlatform.Gateway.Tests.RateLimiting;

/// <summary>The store rules against a real redis-server, and what sharing one Redis between gateway instances means.</summary>
public sealed class RedisRateLimitStoreTests : RateLimitStoreBehaviourTests, IAsyncLifetime
{
    private readonly List<RedisRateLimitStore> stores = [];
    private readonly RecordingLogger<RedisRateLimitStore> log = new();
    private RedisServer redis = null!;

    public async Task InitializeAsync() => redis = await RedisServer.StartAsync();

    public async Task DisposeAsync()
    {
        foreach (var store in stores)
        {
            await store.DisposeAsync();
        }

        await redis.DisposeAsync();
    }

    [Fact]
    public async Task Two_gateways_sharing_a_Redis_spend_one_guest_burst_between_them()
    {
        var first = NewStore();
        var second = NewStore();

        for (var i = 1; i <= 10; i++)
        {
            var allowed = await (i % 2 == 0 ? first : second).TryAcquireAsync("ip:1", Guest, default);
            Assert.True(allowed.Allowed);
            Assert.Equal(100 - i, allowed.Remaining);
        }

        Assert.False((await first.TryAcquireAsync("ip:1", Guest, default)).Allowed);
        Assert.False((await second.TryAcquireAsync("ip:1", Guest, default)).Allowed);
    }

    [Fact]
    public async Task Concurrent_requests_over_two_gateways_never_get_past_the_burst()
    {
        var gateways = new[] { NewStore(), NewStore() };

        var decisions = await Task.WhenAll(Enumerable.Range(0, 2000)
            .Select(i => Task.Run(async () => await gateways[i % 2].TryAcquireAsync("user:admin", Admin, default))));

        Assert.Equal(200, decisions.Count(decision => decision.Allowed));
        Assert.Equal(9800, decisions.Where(decision => decision.Allowed).Min(decision => decision.Remaining));
    }

    [Fact]
    public async Task A_client_leaves_nothing_in_Redis_that_outlives_its_counters()
    {
        var store = NewStore();
        await store.TryAcquireAsync("ip:1", Guest, default);

        await using var client = await ConnectionMultiplexer.ConnectAsync(redis.Endpoint);
        var keys = client.GetServer(redis.Endpoint).Keys(pattern: "*").Select(key => key.ToString()).Order().ToList();
        Assert.All(keys, key => Assert.StartsWith("ratelimit:{ip:1}", key, StringComparison.Ordinal));
        Assert.Equal(2, keys.Count);

        // The hour's count goes when the hour ends; the bucket once 36 s have put its one token back.
        var expiries = keys.Select(key => client.GetDatabase().KeyTimeToLive(key)).ToList();
        Assert.All(expiries, expiry => Assert.InRange(expiry!.Value, TimeSpan.FromMilliseconds(1), TimeSpan.FromHours(1)));
        Assert.Contains(expiries, expiry => expiry <= TimeSpan.FromSeconds(36));
    }

    [Fact]
    public async Task Counting_resumes_with_the_same_counters_after_Redis_restarts()
    {
        var store = NewStore();
        for (var i = 0; i < 4; i++)
        {
            Assert.True((await store.TryAcquireAsync("ip:1", Guest, default)).Allowed);
        }

        await redis.RestartAsync();

        // Until the store has reconnected it lets requests through uncounted (Remaining stays at the full quota).
        var counted = await store.TryAcquireAsync("ip:1", Guest, default);
        for (var deadline = DateTime.UtcNow.AddSeconds(20); counted.Remaining == 100 && DateTime.UtcNow < deadline;)
        {
            await Task.Delay(50);
            counted = await store.TryAcquireAsync("ip:1", Guest, default);
        }

        Assert.Equal(95, counted.Remaining);
        for (var i = 0; i < 5; i++)
        {
            Assert.True((await store.TryAcquireAsync("ip:1", Guest, default)).Allowed);
        }

        Assert.False((await store.TryAcquireAsync("ip:1", Guest, default)).Allowed);
    }

    [Fact]
    public async Task While_Redis_is_down_requests_are_let_through_and_one_warning_is_logged()
    {
        var store = NewStore();
        for (var i = 0; i < 10; i++)
        {
            await store.TryAcquireAsync("ip:1", Guest, default);
        }

        await redis.DisposeAsync();

        for (var i = 0; i < 20; i++)
        {
            var decision = await store.TryAcquireAsync("ip:1", Guest, default);
            Assert.True(decision.Allowed);
            Assert.Equal(100, decision.Limit);
            Assert.Equal(TenOClock.AddHours(1).ToUnixTimeSeconds(), decision.ResetUnixSeconds);
        }

        Assert.Single(log.Entries, entry => entry.Level == LogLevel.Warning);
    }

    [Fact]
    public async Task A_gateway_that_starts_without_Redis_lets_requests_through()
    {
        using var nothingListening = new ClosedPort();
        var store = Track(new RedisRateLimitStore(
            Options.Create(new RateLimitStoreOptions { Redis = $"127.0.0.1:{nothingListening.Port},connectTimeout=1000" }), Clock, log));

        for (var i = 0; i < 20; i++)
        {
            Assert.True((await store.TryAcquireAsync("ip:1", Guest, default)).Allowed);
        }

        Assert.Single(log.Entries, entry => entry.Level == LogLevel.Warning);
    }

    [Fact]
    public async Task A_gateway_configured_with_RateLimits_Redis_counts_in_that_Redis()
    {
        await using (var gateway = await GatewayHarness.StartAsync(new Dictionary<string, string?> { ["RateLimits:Redis"] = redis.Endpoint }))
        {
            for (var i = 0; i < 10; i++)
            {
                using var response = await gateway.GetAsync("/api/v1/products");
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            }
        }

        // Another gateway on the same Redis: this guest's burst is already spent.
        Clock.Set(DateTimeOffset.UtcNow);
        Assert.False((await NewStore().TryAcquireAsync("ip:127.0.0.1", Guest, default)).Allowed);
    }

    internal override IRateLimitStore NewStore() =>
        Track(new RedisRateLimitStore(Options.Create(new RateLimitStoreOptions { Redis = redis.Endpoint }), Clock, log));

    private RedisRateLimitStore Track(RedisRateLimitStore store)
    {
        stores.Add(store);
        return store;
    }
}
