using System.Text.Json.Serialization;

namespace PurchasePlatform.Inventory.Catalog;

/// <summary>
/// <c>catalog.product_created.v1</c> as the catalog's outbox publishes it: <c>{event_id, event_type, product_id,
/// data, created_at}</c>, where <c>data</c> is the product as the catalog API shows it.
/// </summary>
public sealed record CatalogProductCreated(
    [property: JsonPropertyName("event_id")] string? EventId,
    [property: JsonPropertyName("product_id")] string? ProductId,
    [property: JsonPropertyName("data")] CatalogProduct? Data);

/// <summary>The fields of a catalog product Inventory needs: its id and its stock figure.</summary>
public sealed record CatalogProduct(string? Id, int? Stock, int? StockQuantity)
{
    /// <summary>The catalog's stock figure, <c>stock</c> in the API (<c>stockQuantity</c> accepted too).</summary>
    [JsonIgnore]
    public int? InitialStock => Stock ?? StockQuantity;
}
