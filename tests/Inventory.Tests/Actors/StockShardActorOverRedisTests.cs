using Dapr.Actors.Client;
using Dapr.Client;
using Microsoft.Extensions.Options;
using PurchasePlatform.Inventory.Stock;
using PurchasePlatform.TestSupport;

namespace PurchasePlatform.Inventory.Tests.Actors;

/// <summary>
/// Shard actors with their state in a real Redis behind LocalDapr: what an order call acknowledged survives a
/// restart of the app and of Redis, and repeating every key afterwards buys nothing more.
/// </summary>
public sealed class StockShardActorOverRedisTests : IAsyncLifetime
{
    private readonly InventoryOptions options = new();

    private RedisServer redis = null!;
    private TestRun run = null!;
    private ShardActorHostApp? app;
    private int port;

    public async Task InitializeAsync()
    {
        redis = await RedisServer.StartAsync();
        (run, app) = await ShardActorHostApp.StartWithSidecarsAsync(options,
            new Dictionary<string, string>
            {
                ["statestore.yaml"] = Yaml.Component("statestore", "state.redis",
                    ("redisHost", redis.Endpoint), ("actorStateStore", "true")),
                ["pubsub.yaml"] = Yaml.InMemoryPubSub(),
            },
            new Dictionary<string, int?> { ["caller"] = null });
        port = app.Port;
    }

    public async Task DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }

        await run.DisposeAsync();
        await redis.DisposeAsync();
    }

    private async Task StartAppAsync() =>
        app = await ShardActorHostApp.StartAsync(port, run.HttpEndpoint("inventory"), run.GrpcEndpoint("inventory"), options);

    private (StockService Stock, FlashOrderService Orders) Services()
    {
        DaprClient dapr = run.Client("inventory");
        var counts = new ProductShardCounts(dapr, Options.Create(options));
        var shards = new ActorStockShards(new ActorProxyFactory(
            new ActorProxyOptions { HttpEndpoint = run.HttpEndpoint("caller"), UseJsonSerialization = true }));
        return (new StockService(shards, counts), new FlashOrderService(shards, counts, dapr));
    }

    [Fact]
    public async Task Sales_survive_restarts_and_repeated_keys_buy_nothing_more()
    {
        var (stock, orders) = Services();
        await stock.SetAsync("hot", 12, CancellationToken.None);
        var keys = Enumerable.Range(0, 30).Select(i => (User: $"user-{i % 7}", Key: $"key-{i}")).ToList();
        var before = await Task.WhenAll(keys.Select(k => orders.PlaceAsync("hot", k.User, k.Key, 1, CancellationToken.None)));

        await app!.DisposeAsync();
        await redis.RestartAsync();
        await StartAppAsync();
        (stock, orders) = Services();

        Assert.Equal(new StockView("hot", 0, 0, 12, 4), await stock.FindAsync("hot", CancellationToken.None));
        var after = await Task.WhenAll(keys.Select(k => orders.PlaceAsync("hot", k.User, k.Key, 1, CancellationToken.None)));
        Assert.Equal(12, before.Count(a => a.Result == FlashOrderResult.Accepted));
        Assert.Equal(
            before.Select(a => a.Result == FlashOrderResult.Accepted ? FlashOrderResult.Duplicate : a.Result),
            after.Select(a => a.Result));
        Assert.Equal(new StockView("hot", 0, 0, 12, 4), await stock.FindAsync("hot", CancellationToken.None));
    }

    [Fact]
    public async Task Concurrent_first_initialisations_over_redis_initialise_once_and_survive_a_restart()
    {
        var results = await Task.WhenAll(Enumerable.Range(1, 6).Select(i => Services().Stock.InitialiseAsync("new", i * 10, CancellationToken.None)));
        var winner = Assert.Single(results.OfType<InitialStock>().Distinct());

        await app!.DisposeAsync();
        await redis.RestartAsync();
        await StartAppAsync();

        var (stock, _) = Services();
        Assert.Null(await stock.InitialiseAsync("new", 1000, CancellationToken.None));
        Assert.Equal(new StockView("new", winner.Quantity, 0, 0, 4), await stock.FindAsync("new", CancellationToken.None));
    }
}
