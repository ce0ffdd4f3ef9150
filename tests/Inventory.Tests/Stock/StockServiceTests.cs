using Microsoft.Extensions.Options;
using PurchasePlatform.Inventory.Stock;
using PurchasePlatform.Inventory.Tests.Fakes;
using PurchasePlatform.TestSupport;

namespace PurchasePlatform.Inventory.Tests.Stock;

public class StockServiceTests
{
    private readonly FakeDapr dapr = new();
    private readonly InProcessShards shards;
    private readonly StockService stock;

    public StockServiceTests()
    {
        shards = new InProcessShards(dapr, new ManualClock(DateTimeOffset.UnixEpoch));
        stock = new StockService(shards, Counts(perProduct: 4));
    }

    private ProductShardCounts Counts(int perProduct) =>
        new(dapr.Client, Options.Create(new InventoryOptions { Shards = { PerProduct = perProduct } }));

    [Fact]
    public async Task Stock_is_spread_evenly_over_the_shards()
    {
        var view = await stock.SetAsync("p-1", 10, CancellationToken.None);

        Assert.Equal(new StockView("p-1", 10, 0, 0, 4), view);
        var perShard = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => shards.Shard("p-1", i).GetCountsAsync()));
        Assert.Equal([3, 3, 2, 2], perShard.Select(c => c.Available));
    }

    [Fact]
    public async Task Shard_count_is_fixed_by_the_first_initialisation()
    {
        await stock.SetAsync("p-1", 10, CancellationToken.None);

        var laterInstance = new StockService(shards, Counts(perProduct: 8));
        var view = await laterInstance.SetAsync("p-1", 20, CancellationToken.None);

        Assert.Equal(new StockView("p-1", 20, 0, 0, 4), view);
        Assert.Equal(view, await laterInstance.FindAsync("p-1", CancellationToken.None));
    }

    [Fact]
    public async Task Reset_keeps_sales()
    {
        await stock.SetAsync("p-1", 4, CancellationToken.None);
        var orders = new FlashOrderService(shards, Counts(4), dapr.Client);
        await orders.PlaceAsync("p-1", "u", "k", 1, CancellationToken.None);

        var view = await stock.SetAsync("p-1", 8, CancellationToken.None);

        Assert.Equal(new StockView("p-1", 8, 0, 1, 4), view);
    }

    [Fact]
    public async Task Never_initialised_product_is_unknown()
    {
        Assert.Null(await stock.FindAsync("nope", CancellationToken.None));
        Assert.Null(dapr.Stored<object>(ProductShardCounts.StateKey("nope")));
    }
}
