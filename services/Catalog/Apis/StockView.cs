using Microsoft.EntityFrameworkCore;
using PurchasePlatform.Catalog.Domain;
using PurchasePlatform.Catalog.Infrastructure.Persistence;

namespace PurchasePlatform.Catalog.Apis;

/// <summary>
/// The stock shown for products: the sum of Inventory's available counts over the product's shards once every shard
/// has reported, otherwise the catalog's own <c>stock</c> (the figure Inventory is initialised from). A sum over the
/// shards reported so far would show a new product with a fraction of its stock for a moment.
/// </summary>
public static class StockView
{
    public static async Task<IReadOnlyDictionary<string, int>> ForAsync(CatalogDbContext db, IReadOnlyCollection<Product> products,
        CancellationToken cancellationToken)
    {
        var ids = products.Select(product => product.Id).ToList();
        var reported = await db.StockLevels.AsNoTracking()
            .Where(level => ids.Contains(level.ProductId))
            .GroupBy(level => level.ProductId)
            .Select(group => new
            {
                ProductId = group.Key,
                Available = group.Sum(level => level.Available),
                Reported = group.Count(),
                Shards = group.Max(level => level.ShardCount),
            })
            .Where(row => row.Reported >= row.Shards)
            .ToDictionaryAsync(row => row.ProductId, row => row.Available, cancellationToken);
        return products.ToDictionary(product => product.Id, product => reported.TryGetValue(product.Id, out var available) ? available : product.StockQuantity);
    }
}
