namespace PurchasePlatform.Cart.Catalog;

// The catalog's POST /internal/products/lookup (issue 5 contract), no envelope.

public sealed record ProductLookupRequest(IReadOnlyList<string> ProductIds);

public sealed record ProductLookupResponse(IReadOnlyList<LookedUpProduct>? Products);

public sealed record LookedUpProduct(
    string ProductId,
    string? Name,
    string? Sku,
    long PriceCents,
    string? Currency,
    string? ImageUrl,
    bool IsActive,
    int StockAvailable);
