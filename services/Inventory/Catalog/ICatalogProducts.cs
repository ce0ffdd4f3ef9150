namespace PurchasePlatform.Inventory.Catalog;

/// <summary>The catalog's products, page by page, oldest first.</summary>
public interface ICatalogProducts
{
    /// <exception cref="CatalogUnavailableException">the catalog could not be reached or answered an error.</exception>
    Task<CatalogProductPage> GetPageAsync(int pageNumber, int pageSize, CancellationToken cancellationToken);
}
