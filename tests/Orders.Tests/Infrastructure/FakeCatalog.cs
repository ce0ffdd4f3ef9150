using System.Collections.Concurrent;
using PurchasePlatform.Orders.Infrastructure.Catalog;

namespace PurchasePlatform.Orders.Tests.Infrastructure;

public sealed class FakeCatalog : IProductCatalog
{
    private readonly ConcurrentDictionary<string, CatalogProduct> _products = new();

    public bool Down { get; set; }

    public void Has(string productId, string name, long priceCents, bool isActive = true) =>
        _products[productId] = new CatalogProduct(productId, name, "SKU-" + productId, priceCents, "USD", null, isActive);

    public Task<IReadOnlyDictionary<string, CatalogProduct>> FindAsync(IReadOnlyCollection<string> productIds, CancellationToken cancellationToken)
    {
        if (Down)
        {
            throw new CatalogUnavailableException("down");
        }

        IReadOnlyDictionary<string, CatalogProduct> found = productIds.Where(_products.ContainsKey).Distinct().ToDictionary(id => id, id => _products[id]);
        return Task.FromResult(found);
    }
}
