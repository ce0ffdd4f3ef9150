namespace PurchasePlatform.Cart.Domain;

/// <summary>What the catalog says of a product (its internal lookup), prices in integer cents.</summary>
public sealed record ProductInfo(
    string ProductId,
    string Name,
    string? Sku,
    long PriceCents,
    string Currency,
    string? ImageUrl,
    bool IsActive,
    int StockAvailable);
