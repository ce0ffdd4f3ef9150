using System.Collections.Concurrent;
using System.Text.Json;
using Dapr.Actors.Client;
using Dapr.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using PurchasePlatform.Inventory.Actors;
using PurchasePlatform.Inventory.Domain;
using PurchasePlatform.Inventory.Events;
using PurchasePlatform.Inventory.Stock;
using PurchasePlatform.TestSupport;

namespace PurchasePlatform.Inventory.Tests.Actors;

/// <summary>
/// Shard actors run by the real Dapr actor runtime behind LocalDapr, called through real actor proxies, with
/// in-memory actor state, state store and pub/sub.
/// </summary>
public sealed class StockShardActorOverLocalDaprTests : IAsyncLifetime
{
    private readonly InventoryOptions options = new()
    {
        Reservations = { HoldFor = TimeSpan.FromSeconds(1) },
        Keys = { Retention = TimeSpan.FromMinutes(5) },
    };

    private readonly ConcurrentQueue<JsonElement> accepted = new();

    private TestRun run = null!;
    private ShardActorHostApp app = null!;
    private TestApp subscriber = null!;
    private DaprClient inventoryDapr = null!;

    public async Task InitializeAsync()
    {
        // Bound at once (port 0), so no sidecar can take its port.
        subscriber = await TestApp.StartAsync(web =>
        {
            web.MapGet("/dapr/subscribe", () => Results.Json(new[]
            {
                new { pubsubname = InventoryTopics.PubSub, topic = InventoryTopics.OrderAccepted, route = "/accepted" },
            }));
            web.MapPost("/accepted", (JsonElement cloudEvent) =>
            {
                accepted.Enqueue(cloudEvent.GetProperty("data").Clone());
                return Results.Ok();
            });
        });
        (run, app) = await ShardActorHostApp.StartWithSidecarsAsync(options,
            new Dictionary<string, string>
            {
                ["actorstore.yaml"] = Yaml.Component("actorstore", "state.in-memory", ("actorStateStore", "true")),
                ["statestore.yaml"] = Yaml.InMemoryState(),
                ["pubsub.yaml"] = Yaml.InMemoryPubSub(),
            },
            new Dictionary<string, int?> { ["caller"] = null, ["orders"] = subscriber.Port });
        inventoryDapr = run.Client("inventory");
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await subscriber.DisposeAsync();
        await run.DisposeAsync();
    }

    private IActorProxyFactory Proxies() =>
        new ActorProxyFactory(new ActorProxyOptions { HttpEndpoint = run.HttpEndpoint("caller"), UseJsonSerialization = true });

    private IStockShardActor Shard(string productId, int shard) =>
        Proxies().CreateActorProxy<IStockShardActor>(ShardActorId.For(productId, shard), nameof(StockShardActor));

    [Fact]
    public async Task Sell_duplicate_pass_and_cancel_work_through_the_sidecar()
    {
        var shard = Shard("product-1", 0);
        await shard.SetAvailableAsync(new SetShardStockRequest(1, 1));
        var first = new FlashSellRequest(Guid.NewGuid(), "product-1", "user-1", "k1", 1);
        var second = new FlashSellRequest(Guid.NewGuid(), "product-1", "user-1", "k2", 1);

        var sold = await shard.SellAsync(first);
        var again = await shard.SellAsync(first);
        var passed = await shard.SellAsync(second);
        var cancelled = await shard.CancelFlashOrderAsync(first.OrderId);

        Assert.Equal(FlashOrderStatus.Accepted, sold.Order.Status);
        Assert.Equal(sold with { IsDuplicate = true }, again);
        Assert.Equal(FlashOrderStatus.Passed, passed.Order.Status);
        Assert.Equal(FlashOrderStatus.Cancelled, cancelled.Order!.Status);
        Assert.Equal(new ShardCounts(1, 0, 0, 3), await shard.GetCountsAsync());
        Assert.Null((await shard.GetFlashOrderAsync(second.OrderId)).Order);
        Assert.Equal(new FlashOrderLocation("product-1", 0),
            await inventoryDapr.GetStateAsync<FlashOrderLocation>(FlashOrderLocation.StateStore, FlashOrderLocation.StateKey(first.OrderId)));
    }

    [Fact]
    public async Task Parallel_orders_through_real_actors_never_oversell()
    {
        var counts = new ProductShardCounts(inventoryDapr, Options.Create(options));
        var shards = new ActorStockShards(Proxies());
        var stock = new StockService(shards, counts);
        var orders = new FlashOrderService(shards, counts, inventoryDapr);
        await stock.SetAsync("hot", 10, CancellationToken.None);

        var attempts = await Task.WhenAll(Enumerable.Range(0, 60).Select(i =>
            orders.PlaceAsync("hot", $"user-{i % 20}", $"key-{i % 40}", 1, CancellationToken.None)));

        var bought = attempts.Where(a => a.Result is FlashOrderResult.Accepted or FlashOrderResult.Duplicate).ToList();
        Assert.Equal(10, bought.Select(a => a.OrderId).Distinct().Count());
        Assert.Equal(10, attempts.Count(a => a.Result == FlashOrderResult.Accepted));
        Assert.Equal(new StockView("hot", 0, 0, 10, 4), await stock.FindAsync("hot", CancellationToken.None));
        var found = await orders.FindAsync(bought[0].OrderId, CancellationToken.None);
        Assert.Equal(bought[0].Order, found);
        await Eventually.WaitUntilAsync(() => accepted.Count >= 10, seconds: 10);
        Assert.Equal(bought.Select(a => a.OrderId).Distinct().Order(),
            accepted.Select(e => e.GetProperty("eventId").GetGuid()).Distinct().Order());
    }

    [Fact]
    public async Task Unconfirmed_reservation_is_released_by_its_reminder()
    {
        var shard = Shard("product-2", 0);
        await shard.SetAvailableAsync(new SetShardStockRequest(4, 1));
        await shard.ReserveAsync(new ShardReserveRequest("order/1?x=1#y", 4));

        ShardCounts? counts = null;
        await Eventually.WaitUntilAsync(() =>
        {
            counts = shard.GetCountsAsync().GetAwaiter().GetResult();
            return counts.Available == 4;
        }, seconds: 10);

        Assert.Equal(new ShardCounts(4, 0, 0, 3), counts);
        Assert.Equal(SettleResult.AlreadyExpired, await shard.ConfirmAsync("order/1?x=1#y"));
    }

    [Fact]
    public async Task First_write_creation_is_refused_through_the_sidecar_once_the_key_exists()
    {
        var createOnly = new StateOptions { Concurrency = ConcurrencyMode.FirstWrite };

        var first = await inventoryDapr.TrySaveStateAsync(FlashOrderLocation.StateStore, "create-once", 1, string.Empty, createOnly);
        var second = await inventoryDapr.TrySaveStateAsync(FlashOrderLocation.StateStore, "create-once", 2, string.Empty, createOnly);

        Assert.True(first);
        Assert.False(second);
        Assert.Equal(1, await inventoryDapr.GetStateAsync<int>(FlashOrderLocation.StateStore, "create-once"));
    }

    [Fact]
    public async Task Concurrent_first_initialisations_through_real_actors_initialise_once()
    {
        var shards = new ActorStockShards(Proxies());

        var results = await Task.WhenAll(Enumerable.Range(1, 6).Select(i =>
            new StockService(shards, new ProductShardCounts(inventoryDapr, Options.Create(options))).InitialiseAsync("new", i * 10, CancellationToken.None)));

        var winner = Assert.Single(results.OfType<InitialStock>().Distinct());
        var stock = new StockService(shards, new ProductShardCounts(inventoryDapr, Options.Create(options)));
        Assert.Equal(new StockView("new", winner.Quantity, 0, 0, 4), await stock.FindAsync("new", CancellationToken.None));
        Assert.Null(await stock.InitialiseAsync("new", 1000, CancellationToken.None));
    }
}
