namespace PurchasePlatform.Orders.Infrastructure.Catalog;

/// <summary>Current product prices from the catalog (<c>POST /internal/products/lookup</c>).</summary>
public interface IProductCatalog
{
    /// <returns>The products found, by id (unknown ids are absent).</returns>
    /// <exception cref="CatalogUnavailableException">the catalog could not be asked.</exception>
    Task<IReadOnlyDictionary<string, CatalogProduct>> FindAsync(IReadOnlyCollection<string> productIds, CancellationToken cancellationToken);
}

public sealed record CatalogProduct(string ProductId, string Name, string? Sku, long PriceCents, string? Currency, string? ImageUrl, bool IsActive);

public sealed class CatalogUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
