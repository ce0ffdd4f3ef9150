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
        var counts = await Task.WhenAll(Spread(quantity, count).Select((available, shard) =>
            shards.Shard(productId, shard).SetAvailableAsync(new SetShardStockRequest(available, count))));
        return new StockView(productId, counts.Sum(c => c.Available), counts.Sum(c => c.Reserved), counts.Sum(c => c.Sold), count);
    }

    /// <summary>
    /// Gives a product Inventory never initialised its first stock; a product initialised before (by anyone, even
    /// to a stock since sold) is left as it is. Finishes an earlier first initialisation that stopped half-way.
    /// </summary>
    /// <returns>The initial stock put on the shards, or null when the product was initialised already.</returns>
    public async Task<InitialStock?> InitialiseAsync(string productId, int quantity, CancellationToken cancellationToken)
    {
        if (await shardCounts.ClaimInitialStockAsync(productId, quantity, cancellationToken) is not { } initial)
        {
            return null;
        }

        // A shard whose stock was set since (say by an admin) keeps it: only never-set shards take the initial stock.
        await Task.WhenAll(Spread(initial.Quantity, initial.ShardCount).Select((available, shard) =>
            shards.Shard(productId, shard).InitialiseAvailableAsync(new SetShardStockRequest(available, initial.ShardCount))));
        await shardCounts.SettleAsync(initial, cancellationToken);
        return initial;
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

    private static IEnumerable<int> Spread(int quantity, int shardCount) =>
        Enumerable.Range(0, shardCount).Select(shard => quantity / shardCount + (shard < quantity % shardCount ? 1 : 0));
}
