using Microsoft.Extensions.Options;
using PurchasePlatform.Inventory.Domain;
using PurchasePlatform.Inventory.Stock;
using PurchasePlatform.Inventory.Tests.Fakes;
using PurchasePlatform.TestSupport;

namespace PurchasePlatform.Inventory.Tests.Stock;

public class ReservationServiceTests
{
    private const string Product = "p-1";

    private readonly InProcessShards shards;
    private readonly StockService stock;
    private readonly ReservationService reservations;

    public ReservationServiceTests()
    {
        var dapr = new FakeDapr();
        shards = new InProcessShards(dapr, new ManualClock(DateTimeOffset.UnixEpoch));
        var counts = new ProductShardCounts(dapr.Client, Options.Create(new InventoryOptions()));
        stock = new StockService(shards, counts);
        reservations = new ReservationService(shards, counts);
    }

    [Fact]
    public async Task Reservation_walks_to_a_shard_with_stock_and_is_settled_there()
    {
        await stock.SetAsync(Product, 1, CancellationToken.None);
        var key = Enumerable.Range(0, 100).Select(i => $"r{i}").First(k => OrderKeys.ReservationStartShard(Product, k, 4) == 2);

        var reserved = await reservations.ReserveAsync(Product, key, 1, CancellationToken.None);
        var again = await reservations.ReserveAsync(Product, key, 1, CancellationToken.None);

        Assert.Equal(ReservationResult.Reserved, reserved.Result);
        Assert.Equal(ReservationResult.Duplicate, again.Result);
        Assert.Equal(reserved.ExpiresAt, again.ExpiresAt);
        Assert.Equal(new StockView(Product, 0, 1, 0, 4), await stock.FindAsync(Product, CancellationToken.None));
        Assert.Equal(SettleResult.Confirmed, await reservations.ConfirmAsync(Product, key, CancellationToken.None));
        Assert.Equal(SettleResult.AlreadyConfirmed, await reservations.ReleaseAsync(Product, key, CancellationToken.None));
        Assert.Equal(new StockView(Product, 0, 0, 1, 4), await stock.FindAsync(Product, CancellationToken.None));
    }

    [Fact]
    public async Task Sold_out_reservation_and_unknown_keys_settle_as_not_found()
    {
        await stock.SetAsync(Product, 1, CancellationToken.None);
        await reservations.ReserveAsync(Product, "first", 1, CancellationToken.None);

        Assert.Equal(ReservationResult.SoldOut, (await reservations.ReserveAsync(Product, "second", 1, CancellationToken.None)).Result);
        Assert.Equal(SettleResult.NotFound, await reservations.ConfirmAsync(Product, "second", CancellationToken.None));
        Assert.Equal(SettleResult.NotFound, await reservations.ReleaseAsync(Product, "never", CancellationToken.None));
        Assert.Equal(SettleResult.NotFound, await reservations.ReleaseAsync("other", "first", CancellationToken.None));
        Assert.Equal(ReservationResult.UnknownProduct, (await reservations.ReserveAsync("other", "k", 1, CancellationToken.None)).Result);
    }

    [Fact]
    public async Task Return_walks_to_the_shard_that_sold_the_key_and_puts_the_units_back_once()
    {
        await stock.SetAsync(Product, 5, CancellationToken.None);
        var key = Enumerable.Range(0, 100).Select(i => $"r{i}").First(k => OrderKeys.ReservationStartShard(Product, k, 4) == 3);
        await reservations.ReserveAsync(Product, "filler", 1, CancellationToken.None);
        await reservations.ReserveAsync(Product, key, 1, CancellationToken.None);
        await reservations.ConfirmAsync(Product, key, CancellationToken.None);
        var sold = await stock.FindAsync(Product, CancellationToken.None);

        var returned = await reservations.ReturnAsync(Product, key, CancellationToken.None);
        var twice = await reservations.ReturnAsync(Product, key, CancellationToken.None);

        Assert.Equal(1, sold!.Sold);
        Assert.Equal(SettleResult.Returned, returned);
        Assert.Equal(SettleResult.AlreadyReturned, twice);
        Assert.Equal(new StockView(Product, 4, 1, 0, 4), await stock.FindAsync(Product, CancellationToken.None));
        Assert.Equal(SettleResult.NotFound, await reservations.ReturnAsync(Product, "never", CancellationToken.None));
        Assert.Equal(SettleResult.NotFound, await reservations.ReturnAsync("other", key, CancellationToken.None));
        Assert.Equal(SettleResult.NotConfirmed, await reservations.ReturnAsync(Product, "filler", CancellationToken.None));
        Assert.Equal(new StockView(Product, 4, 1, 0, 4), await stock.FindAsync(Product, CancellationToken.None));
    }

    [Fact]
    public async Task Released_reservation_gives_the_stock_back()
    {
        await stock.SetAsync(Product, 8, CancellationToken.None);
        await reservations.ReserveAsync(Product, "r", 2, CancellationToken.None);

        Assert.Equal(SettleResult.Released, await reservations.ReleaseAsync(Product, "r", CancellationToken.None));
        Assert.Equal(new StockView(Product, 8, 0, 0, 4), await stock.FindAsync(Product, CancellationToken.None));
    }
}
