using PurchasePlatform.Inventory.Actors;

namespace PurchasePlatform.Inventory.Stock;

/// <summary>Sets and reads a product's stock over its shards.</summary>
public sealed class StockService(IStockShards shards, ProductShardCounts shardCounts)
{
    /// <summary>Sets the product's total available stock, spread evenly over its shards; holds and sales are kept.</summary>
    public async Task<StockView> SetAsync(string productId, int quantity, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(quantity);
        var count = await shardCounts.InitialiseAsync(productId, cancellationToken);
        var perShard = Enumerable.Range(0, count).Select(shard => quantity / count + (shard < quantity % count ? 1 : 0));
        var counts = await Task.WhenAll(perShard.Select((available, shard) =>
            shards.Shard(productId, shard).SetAvailableAsync(new SetShardStockRequest(available, count))));
        return new StockView(productId, counts.Sum(c => c.Available), counts.Sum(c => c.Reserved), counts.Sum(c => c.Sold), count);
    }

    /// <summary>The product's totals, or null when its stock was never set.</summary>
    public async Task<StockView?> FindAsync(string productId, CancellationToken cancellationToken)
    {
        if (await shardCounts.FindAsync(productId, cancellationToken) is not { } count)
        {
            return null;
        }

        var counts = await Task.WhenAll(Enumerable.Range(0, count).Select(shard => shards.Shard(productId, shard).GetCountsAsync()));
        return new StockView(productId, counts.Sum(c => c.Available), counts.Sum(c => c.Reserved), counts.Sum(c => c.Sold), count);
    }
}
