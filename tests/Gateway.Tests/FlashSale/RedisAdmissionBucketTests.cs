using System.Net;
using Microsoft.Extensions.Options;
using PurchasePlatform.Gateway.FlashSale.Admission;
using PurchasePlatform.Gateway.RateLimiting;
using PurchasePlatform.Gateway.Tests.Infrastructure;
using PurchasePlatform.TestSupport;
using StackExchange.Redis;

namespace PurchasePlatform.Gateway.Tests.FlashSale;

/// <summary>The bucket in a real redis-server: one bucket for every gateway sharing that Redis.</summary>
public sealed class RedisAdmissionBucketTests : AdmissionBucketBehaviourTests, IAsyncLifetime
{
    private readonly List<RedisAdmissionBucket> buckets = [];
    private readonly RecordingLogger<RedisAdmissionBucket> log = new();
    private RedisServer redis = null!;

    public async Task InitializeAsync() => redis = await RedisServer.StartAsync();

    public async Task DisposeAsync()
    {
        foreach (var bucket in buckets)
        {
            await bucket.DisposeAsync();
        }

        await redis.DisposeAsync();
    }

    [Fact]
    public async Task Two_gateways_take_from_one_bucket_even_all_at_once()
    {
        var settings = Settings(100, TimeSpan.FromHours(1));
        var gateways = new[] { NewBucket(settings), NewBucket(settings) };

        var taken = await Task.WhenAll(Enumerable.Range(0, 2000)
            .Select(i => Task.Run(async () => await gateways[i % 2].TryTakeAsync(default))));

        Assert.Equal(100, taken.Count(admitted => admitted));
        Clock.Advance(TimeSpan.FromSeconds(36));
        Assert.True(await gateways[0].TryTakeAsync(default));
        Assert.False(await gateways[1].TryTakeAsync(default));
    }

    [Fact]
    public async Task The_bucket_leaves_one_key_that_expires_once_it_would_be_full_again()
    {
        // One token an hour: the token taken is back, and the key gone, an hour later.
        var bucket = NewBucket(Settings(1, TimeSpan.FromHours(1), burst: 5));
        await bucket.TryTakeAsync(default);

        await using var client = await ConnectionMultiplexer.ConnectAsync(redis.Endpoint);
        var key = Assert.Single(client.GetServer(redis.Endpoint).Keys(pattern: "*"));
        Assert.Equal(RedisAdmissionScript.BucketKey, key.ToString());
        Assert.InRange(client.GetDatabase().KeyTimeToLive(key)!.Value, TimeSpan.FromMinutes(59), TimeSpan.FromHours(1));
    }

    [Fact]
    public async Task While_Redis_is_down_each_gateway_admits_through_its_own_bucket_and_warns_once()
    {
        var bucket = NewBucket(Settings(5, TimeSpan.FromSeconds(1)));
        Assert.True(await bucket.TryTakeAsync(default));

        await redis.DisposeAsync();

        var taken = 0;
        for (var i = 0; i < 20; i++)
        {
            taken += await bucket.TryTakeAsync(default) ? 1 : 0;
        }

        Assert.Equal(5, taken);
        Assert.Single(log.Entries, entry => entry.Level == Microsoft.Extensions.Logging.LogLevel.Warning);
    }

    [Fact]
    public async Task Two_gateway_instances_configured_with_the_same_Redis_send_the_same_crowd_to_the_waiting_room()
    {
        var settings = new Dictionary<string, string?>
        {
            ["RateLimits:Redis"] = redis.Endpoint,
            ["FlashSale:Admission:Threshold"] = "1",
            ["FlashSale:Admission:Window"] = "01:00:00",
            ["FlashSale:Admission:Burst"] = "3",
        };
        await using var first = await FlashSaleHarness.StartAsync(settings);
        await using var second = await FlashSaleHarness.StartAsync(settings);
        first.Inventory.Stock("ps5", 100);
        second.Inventory.Stock("ps5", 100);
        var token = TestTokens.Customer();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            using var response = await (i % 2 == 0 ? first : second).OrderAsync(token, new { productId = "ps5" });
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.Found, HttpStatusCode.Found, HttpStatusCode.Found],
            statuses);
        Assert.Equal(3, first.Inventory.Received.Count + second.Inventory.Received.Count);
    }

    internal override IAdmissionBucket NewBucket(IOptions<AdmissionOptions> options)
    {
        var bucket = new RedisAdmissionBucket(Options.Create(new RateLimitStoreOptions { Redis = redis.Endpoint }), options,
            new InMemoryAdmissionBucket(Clock, options), Clock, log);
        buckets.Add(bucket);
        return bucket;
    }
}
