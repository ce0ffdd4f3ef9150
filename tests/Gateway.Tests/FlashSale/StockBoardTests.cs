using PurchasePlatform.Gateway.FlashSale.Events;

namespace PurchasePlatform.Gateway.Tests.FlashSale;

public sealed class StockBoardTests
{
    private readonly StockBoard board = new();

    [Fact]
    public void Totals_are_known_once_every_shard_has_been_heard_from()
    {
        Assert.Equal(StockUpdate.Partial, board.Apply(Shard(0, available: 25, version: 1)));
        Assert.Equal(StockUpdate.Partial, board.Apply(Shard(1, available: 25, version: 1)));
        Assert.Equal(StockUpdate.Partial, board.Apply(Shard(2, available: 25, version: 1)));
        Assert.Empty(board.KnownTotals());

        var update = board.Apply(Shard(3, available: 24, sold: 1, version: 2));

        Assert.Equal(new StockMessage("ps5", 99, 0, 1), update.Totals);
        Assert.Equal([new StockMessage("ps5", 99, 0, 1)], board.KnownTotals());
    }

    [Fact]
    public void An_event_no_newer_than_the_shards_version_changes_nothing()
    {
        for (var shard = 0; shard < 4; shard++)
        {
            board.Apply(Shard(shard, available: 10, version: 5));
        }

        Assert.Equal(StockUpdate.Stale, board.Apply(Shard(0, available: 3, version: 5)));
        Assert.Equal(StockUpdate.Stale, board.Apply(Shard(0, available: 3, version: 4)));
        Assert.Equal(40, Assert.Single(board.KnownTotals()).Available);

        Assert.Equal(37, board.Apply(Shard(0, available: 7, sold: 3, version: 6)).Totals?.Available);
    }

    [Fact]
    public void Products_are_kept_apart()
    {
        board.Apply(Shard(0, available: 1, version: 1, shardCount: 1));
        board.Apply(Shard(0, available: 5, version: 1, shardCount: 1) with { ProductId = "xbox" });

        Assert.Equal([("ps5", 1L), ("xbox", 5L)], board.KnownTotals().Select(total => (total.ProductId, total.Available)).Order());
    }

    [Theory]
    [InlineData(null, 0, 4)]
    [InlineData("bad id", 0, 4)]
    [InlineData("ps5", 4, 4)]
    [InlineData("ps5", -1, 4)]
    [InlineData("ps5", 0, 0)]
    public void Events_that_name_no_product_shard_are_not_usable(string? productId, int shard, int shardCount) =>
        Assert.False((Shard(shard, 1, 1, shardCount: shardCount) with { ProductId = productId }).IsUsable);

    private static StockChanged Shard(int shard, long available, long version, long sold = 0, int shardCount = 4) =>
        new("ps5", shard, shardCount, available, 0, sold, version, DateTimeOffset.UnixEpoch);
}
