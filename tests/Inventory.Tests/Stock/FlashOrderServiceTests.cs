using Microsoft.Extensions.Options;
using PurchasePlatform.Inventory.Domain;
using PurchasePlatform.Inventory.Events;
using PurchasePlatform.Inventory.Stock;
using PurchasePlatform.Inventory.Tests.Fakes;
using PurchasePlatform.TestSupport;

namespace PurchasePlatform.Inventory.Tests.Stock;

public class FlashOrderServiceTests
{
    private const string Product = "p-1";

    private readonly FakeDapr dapr = new();
    private readonly InProcessShards shards;
    private readonly StockService stock;
    private readonly FlashOrderService orders;

    public FlashOrderServiceTests()
    {
        shards = new InProcessShards(dapr, new ManualClock(DateTimeOffset.UnixEpoch));
        var counts = new ProductShardCounts(dapr.Client, Options.Create(new InventoryOptions()));
        stock = new StockService(shards, counts);
        orders = new FlashOrderService(shards, counts, dapr.Client);
    }

    private Task<FlashOrderAttempt> Place(string key, string user = "u-1", int quantity = 1) =>
        orders.PlaceAsync(Product, user, key, quantity, CancellationToken.None);

    [Fact]
    public async Task Walk_passes_shards_without_stock_and_buys_on_the_first_that_has_it()
    {
        await stock.SetAsync(Product, 1, CancellationToken.None);
        // 1 unit over 4 shards lands on shard 0; start elsewhere so that the walk has to pass.
        var key = Enumerable.Range(0, 100).Select(i => $"k{i}").First(k => OrderKeys.FlashStartShard("u-1", Product, k, 4) == 1);

        var attempt = await Place(key);

        Assert.Equal(FlashOrderResult.Accepted, attempt.Result);
        Assert.Equal(0, attempt.Order!.Shard);
        Assert.Equal(OrderKeys.FlashOrderId("u-1", Product, key), attempt.OrderId);
        Assert.Equal(new StockView(Product, 0, 0, 1, 4), await stock.FindAsync(Product, CancellationToken.None));
    }

    [Fact]
    public async Task Repeated_key_is_a_duplicate_of_the_same_order()
    {
        await stock.SetAsync(Product, 5, CancellationToken.None);

        var first = await Place("k1", quantity: 2);
        var again = await Place("k1", quantity: 2);

        Assert.Equal(FlashOrderResult.Accepted, first.Result);
        Assert.Equal(FlashOrderResult.Duplicate, again.Result);
        Assert.Equal(first.OrderId, again.OrderId);
        Assert.Equal(first.Order, again.Order);
        Assert.Equal(new StockView(Product, 3, 0, 2, 4), await stock.FindAsync(Product, CancellationToken.None));
    }

    [Fact]
    public async Task Sold_out_when_every_shard_passes_and_again_on_a_repeat()
    {
        await stock.SetAsync(Product, 1, CancellationToken.None);
        await Place("first");

        Assert.Equal(FlashOrderResult.SoldOut, (await Place("second")).Result);
        Assert.Equal(FlashOrderResult.SoldOut, (await Place("second")).Result);
        Assert.Equal(FlashOrderResult.UnknownProduct, (await orders.PlaceAsync("other", "u-1", "k", 1, CancellationToken.None)).Result);
    }

    [Fact]
    public async Task Accepted_order_is_found_and_cancelled_through_its_lookup()
    {
        await stock.SetAsync(Product, 4, CancellationToken.None);
        var attempt = await Place("k1");

        var found = await orders.FindAsync(attempt.OrderId, CancellationToken.None);
        var cancelled = await orders.CancelAsync(found!);

        Assert.Equal(attempt.Order, found);
        Assert.Equal(FlashOrderStatus.Cancelled, cancelled.Status);
        Assert.Equal(new StockView(Product, 4, 0, 0, 4), await stock.FindAsync(Product, CancellationToken.None));
        Assert.Null(await orders.FindAsync(Guid.NewGuid(), CancellationToken.None));
    }

    [Fact]
    public async Task A_shard_failing_mid_walk_fails_the_order_and_the_retry_finds_the_same_decision()
    {
        await stock.SetAsync(Product, 4, CancellationToken.None);
        var key = Enumerable.Range(0, 100).Select(i => $"k{i}").First(k => OrderKeys.FlashStartShard("u-1", Product, k, 4) == 0);
        await shards.Shard(Product, 0).SetAvailableAsync(new(0, 4));
        shards.Get(Product, 1).FailAfter(1);

        await Assert.ThrowsAsync<HttpRequestException>(() => Place(key));
        var retried = await Place(key);

        Assert.Equal(FlashOrderResult.Duplicate, retried.Result);
        Assert.Equal(1, retried.Order!.Shard);
        Assert.Equal(1, (await stock.FindAsync(Product, CancellationToken.None))!.Sold);
    }

    [Fact]
    public async Task Parallel_orders_over_failing_shards_never_oversell_nor_buy_twice_per_key()
    {
        const int units = 100;
        await stock.SetAsync(Product, units, CancellationToken.None);
        // Shard 1 loses answers after saving (the client retries and must get the same decision back);
        // shard 2 refuses calls before running them.
        shards.Get(Product, 1).FailAfter(15);
        shards.Get(Product, 2).FailBefore(15);
        var requests = Enumerable.Range(0, 1200)
            .Select(i => (User: $"user-{i % 300}", Key: $"key-{(i % 5 == 0 ? i / 2 : i)}"))
            .ToList();

        var answers = await Task.WhenAll(requests.Select(request => Task.Run(async () =>
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    return (request.User, request.Key, Attempt: await Place(request.Key, request.User));
                }
                catch (HttpRequestException) when (attempt < 50)
                {
                }
            }
        })));

        var bought = answers.Where(a => a.Attempt.Result is FlashOrderResult.Accepted or FlashOrderResult.Duplicate).ToList();
        var boughtOrders = bought.Select(a => a.Attempt.OrderId).Distinct().ToList();
        Assert.Equal(units, boughtOrders.Count);
        Assert.All(bought.GroupBy(a => a.Attempt.OrderId), group =>
            Assert.True(group.Count(a => a.Attempt.Result == FlashOrderResult.Accepted) <= 1, $"{group.Key} accepted twice"));
        Assert.All(answers.GroupBy(a => (a.User, a.Key)), group =>
            Assert.Single(group.Select(a => a.Attempt.Result == FlashOrderResult.SoldOut).Distinct()));
        Assert.Equal(new StockView(Product, 0, 0, units, 4), await stock.FindAsync(Product, CancellationToken.None));

        var sales = shards.All.SelectMany(shard => shard.Harness.State.Names
                .Select(name => shard.Harness.State.Persisted<FlashOrder>(name))
                .Where(order => order?.Status == FlashOrderStatus.Accepted))
            .ToList();
        Assert.Equal(units, sales.Count);
        Assert.Equal(boughtOrders.Order(), sales.Select(s => s!.OrderId).Order());

        await Task.WhenAll(shards.All.Select(shard => shard.Harness.Reminders.ContainsKey("outbox-delivery")
            ? shard.Harness.FireAsync("outbox-delivery")
            : Task.CompletedTask));
        var announced = dapr.DataOn(InventoryTopics.OrderAccepted).Select(e => e.GetProperty("orderId").GetGuid()).Distinct();
        Assert.Equal(boughtOrders.Order(), announced.Order());
    }
}
