using Microsoft.EntityFrameworkCore;
using PurchasePlatform.Catalog.Domain;
using PurchasePlatform.Catalog.Infrastructure.Persistence;

namespace PurchasePlatform.Catalog.Apis;

/// <summary>
/// The stock shown for products: the sum of Inventory's available counts over the product's shards once Inventory has
/// reported it, otherwise the catalog's own <c>stock</c> (the seed's figure, which Inventory is initialised from).
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
            .Select(group => new { ProductId = group.Key, Available = group.Sum(level => level.Available) })
            .ToDictionaryAsync(row => row.ProductId, row => row.Available, cancellationToken);
        return products.ToDictionary(product => product.Id, product => reported.TryGetValue(product.Id, out var available) ? available : product.StockQuantity);
    }
}
