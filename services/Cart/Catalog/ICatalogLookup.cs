using PurchasePlatform.Cart.Domain;

namespace PurchasePlatform.Cart.Catalog;

/// <summary>The catalog's internal product lookup.</summary>
public interface ICatalogLookup
{
    /// <returns>The products found, by id (unknown ids are absent).</returns>
    /// <exception cref="CatalogUnavailableException">the catalog could not be asked.</exception>
    Task<IReadOnlyDictionary<string, ProductInfo>> FindAsync(IReadOnlyCollection<string> productIds, CancellationToken cancellationToken);
}

public sealed class CatalogUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
