using Microsoft.Extensions.Options;
using PurchasePlatform.Inventory.Events;
using PurchasePlatform.Inventory.Stock;
using PurchasePlatform.Inventory.Tests.Fakes;
using PurchasePlatform.TestSupport;

namespace PurchasePlatform.Inventory.Tests.Stock;

/// <summary>First initialisation wins: a product's stock is initialised at most once, whoever tries.</summary>
public class StockInitialisationTests
{
    private readonly FakeDapr dapr = new();
    private readonly InProcessShards shards;
    private readonly StockService stock;

    public StockInitialisationTests()
    {
        shards = new InProcessShards(dapr, new ManualClock(DateTimeOffset.UnixEpoch));
        stock = Instance();
    }

    // Another Inventory instance: same store and shards, its own caches.
    private StockService Instance() =>
        new(shards, new ProductShardCounts(dapr.Client, Options.Create(new InventoryOptions { Shards = { PerProduct = 4 } })));

    private async Task<int[]> AvailablePerShard(string productId) =>
        [.. (await Task.WhenAll(Enumerable.Range(0, 4).Select(i => shards.Shard(productId, i).GetCountsAsync()))).Select(c => c.Available)];

    [Fact]
    public async Task Never_initialised_product_gets_the_initial_stock_over_its_shards()
    {
        var initial = await stock.InitialiseAsync("p-1", 10, CancellationToken.None);

        Assert.Equal(new InitialStock("p-1", 4, 10), initial);
        Assert.Equal(new[] { 3, 3, 2, 2 }, await AvailablePerShard("p-1"));
        Assert.Equal(new StockView("p-1", 10, 0, 0, 4), await Instance().FindAsync("p-1", CancellationToken.None));
        Assert.Equal(4, dapr.DataOn(InventoryTopics.StockChanged).Count());
    }

    [Fact]
    public async Task Product_set_by_an_admin_is_left_alone()
    {
        await stock.SetAsync("p-1", 7, CancellationToken.None);

        Assert.Null(await stock.InitialiseAsync("p-1", 50, CancellationToken.None));
        Assert.Null(await Instance().InitialiseAsync("p-1", 50, CancellationToken.None));

        Assert.Equal(new StockView("p-1", 7, 0, 0, 4), await stock.FindAsync("p-1", CancellationToken.None));
    }

    [Fact]
    public async Task Sold_out_product_is_not_reset()
    {
        await stock.InitialiseAsync("p-1", 4, CancellationToken.None);
        var orders = new FlashOrderService(shards, new ProductShardCounts(dapr.Client, Options.Create(new InventoryOptions())), dapr.Client);
        for (var i = 0; i < 4; i++)
        {
            await orders.PlaceAsync("p-1", $"u-{i}", "k", 1, CancellationToken.None);
        }

        Assert.Null(await stock.InitialiseAsync("p-1", 4, CancellationToken.None));
        Assert.Null(await Instance().InitialiseAsync("p-1", 4, CancellationToken.None));

        Assert.Equal(new StockView("p-1", 0, 0, 4, 4), await stock.FindAsync("p-1", CancellationToken.None));
    }

    [Fact]
    public async Task Two_initialisers_at_once_initialise_once()
    {
        var key = ProductShardCounts.StateKey("p-1");
        // Both see no record before either creates one, so both try to create it.
        dapr.HoldReadsUntilAllRead(key, readers: 2);

        var both = await Task.WhenAll(Instance().InitialiseAsync("p-1", 10, CancellationToken.None),
            Instance().InitialiseAsync("p-1", 20, CancellationToken.None));

        // The loser finishes the winner's claim (same answer) or finds it finished already (null).
        var winner = Assert.Single(both.OfType<InitialStock>().Distinct());
        Assert.Contains(winner.Quantity, new[] { 10, 20 });
        Assert.Equal(winner.Quantity, (await AvailablePerShard("p-1")).Sum());
        var counts = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => shards.Shard("p-1", i).GetCountsAsync()));
        Assert.All(counts, c => Assert.Equal(1, c.Version));
        Assert.Null(await Instance().InitialiseAsync("p-1", 30, CancellationToken.None));
    }

    [Fact]
    public async Task Admin_and_initialiser_at_once_leave_the_admin_figure()
    {
        var key = ProductShardCounts.StateKey("p-1");
        dapr.HoldReadsUntilAllRead(key, readers: 2);

        await Task.WhenAll(stock.SetAsync("p-1", 7, CancellationToken.None), Instance().InitialiseAsync("p-1", 50, CancellationToken.None));

        Assert.Equal(7, (await AvailablePerShard("p-1")).Sum());
        Assert.Null(await Instance().InitialiseAsync("p-1", 50, CancellationToken.None));
    }

    [Fact]
    public async Task Initialisation_that_stopped_half_way_is_finished_with_the_claimed_stock()
    {
        shards.Get("p-1", 2).FailBefore(1);
        await Assert.ThrowsAsync<HttpRequestException>(() => stock.InitialiseAsync("p-1", 10, CancellationToken.None));

        var finished = await Instance().InitialiseAsync("p-1", 99, CancellationToken.None);

        Assert.Equal(new InitialStock("p-1", 4, 10), finished);
        Assert.Equal(new[] { 3, 3, 2, 2 }, await AvailablePerShard("p-1"));
        Assert.Null(await Instance().InitialiseAsync("p-1", 99, CancellationToken.None));
    }
}
