namespace PurchasePlatform.Cart.Domain;

/// <summary>A product in a cart, with the name, image and price the catalog gave when it was added.</summary>
public sealed record CartLine(
    string Id,
    string ProductId,
    string ProductName,
    string? ProductImage,
    string? Sku,
    long UnitPriceCents,
    int Quantity,
    DateTime AddedAt)
{
    public long SubtotalCents => UnitPriceCents * Quantity;
}
