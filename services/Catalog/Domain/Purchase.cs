namespace PurchasePlatform.Catalog.Domain;

/// <summary>A product a user bought in an order, learnt from Orders' and Inventory's events; it entitles a review.</summary>
public sealed class Purchase
{
    public required string OrderId { get; init; }

    public required string ProductId { get; init; }

    public required string UserId { get; init; }

    public required DateTime RecordedAt { get; init; }
}

/// <summary>An order Orders canceled: its purchases no longer entitle a review, even ones learnt after the cancel.</summary>
public sealed class CanceledOrder
{
    public required string OrderId { get; init; }

    public required DateTime CanceledAt { get; init; }
}
