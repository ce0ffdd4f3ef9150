using System.Collections.Concurrent;

namespace PurchasePlatform.Gateway.FlashSale.Events;

/// <summary>
/// The newest counts this gateway has heard of, per product and shard: an event older than (or as old as) the shard's
/// stored version changes nothing, since events may arrive late, twice or out of order. A product's totals are known
/// once every one of its shards has been heard from.
/// </summary>
internal sealed class StockBoard
{
    private readonly ConcurrentDictionary<string, ProductShards> products = new(StringComparer.Ordinal);

    public StockUpdate Apply(StockChanged change)
    {
        var product = products.GetOrAdd(change.ProductId!, _ => new ProductShards());
        lock (product)
        {
            if (product.ShardCount != change.ShardCount)
            {
                product.ShardCount = change.ShardCount;
                product.Shards.Clear();
            }

            if (product.Shards.TryGetValue(change.Shard, out var known) && known.Version >= change.Version)
            {
                return StockUpdate.Stale;
            }

            product.Shards[change.Shard] = change;
            return product.Shards.Count == product.ShardCount ? StockUpdate.Complete(Totals(change.ProductId!, product)) : StockUpdate.Partial;
        }
    }

    /// <summary>The totals of every product whose shards have all been heard from.</summary>
    public IReadOnlyList<StockMessage> KnownTotals()
    {
        var totals = new List<StockMessage>();
        foreach (var (productId, product) in products)
        {
            lock (product)
            {
                if (product.Shards.Count == product.ShardCount)
                {
                    totals.Add(Totals(productId, product));
                }
            }
        }

        return totals;
    }

    private static StockMessage Totals(string productId, ProductShards product) => new(
        productId,
        product.Shards.Values.Sum(shard => shard.Available),
        product.Shards.Values.Sum(shard => shard.Reserved),
        product.Shards.Values.Sum(shard => shard.Sold));

    private sealed class ProductShards
    {
        public int ShardCount { get; set; }

        public Dictionary<int, StockChanged> Shards { get; } = [];
    }
}

/// <summary>What one event did to the board: nothing (stale), a shard of a product not yet fully known, or new totals.</summary>
internal sealed record StockUpdate(bool Changed, StockMessage? Totals)
{
    public static readonly StockUpdate Stale = new(false, null);
    public static readonly StockUpdate Partial = new(true, null);

    public static StockUpdate Complete(StockMessage totals) => new(true, totals);
}
