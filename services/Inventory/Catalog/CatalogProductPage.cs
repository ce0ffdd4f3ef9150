namespace PurchasePlatform.Inventory.Catalog;

/// <summary>One page of the catalog's product list.</summary>
public sealed record CatalogProductPage(IReadOnlyList<CatalogProduct> Items, int PageNumber, int TotalPages);
