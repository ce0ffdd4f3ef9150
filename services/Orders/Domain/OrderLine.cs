namespace PurchasePlatform.Orders.Domain;

/// <summary>One product of an order, priced when the order was placed (integer cents in the order's currency).</summary>
public sealed class OrderLine
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public required string ProductId { get; init; }

    public required string ProductName { get; init; }

    public string? Sku { get; init; }

    public string? ImageUrl { get; init; }

    public required long UnitPriceCents { get; init; }

    public required int Quantity { get; init; }

    public long LineTotalCents => UnitPriceCents * Quantity;
}
