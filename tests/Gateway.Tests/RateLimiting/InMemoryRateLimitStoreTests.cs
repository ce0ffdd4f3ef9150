using Microsoft.Extensions.Options;
using PurchasePlatform.Gateway.RateLimiting;

namespace PurchasePlatform.Gateway.Tests.RateLimiting;

public sealed class InMemoryRateLimitStoreTests : RateLimitStoreBehaviourTests
{
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
        Clock.Advance(TimeSpan.FromSeconds(61));
        await store.TryAcquireAsync("user:trigger", Guest, default);
        Assert.True((await store.TryAcquireAsync("user:busy", Guest, default)).Allowed);
        Assert.False((await store.TryAcquireAsync("user:busy", Guest, default)).Allowed);

        // Next hour, buckets full: every client is as good as new and is dropped.
        Clock.Set(TenOClock.AddHours(1).AddMinutes(5));
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

    internal override IRateLimitStore NewStore() => Store();

    private InMemoryRateLimitStore Store(int maxTrackedClients = 100_000) =>
        new(Clock, Options.Create(new RateLimitOptions { MaxTrackedClients = maxTrackedClients }));
}
