using PurchasePlatform.BuildingBlocks.Outbox;

namespace PurchasePlatform.Catalog.Infrastructure.Outbox;

/// <summary>A row of <c>catalog_events</c>, the outbox: written in the same transaction as the product change it records.</summary>
public sealed class CatalogEvent : OutboxRow
{
    public required string ProductId { get; init; }

    /// <summary>e.g. "product_created".</summary>
    public required string EventType { get; init; }

    /// <summary>The event's data as JSON.</summary>
    public required string Data { get; init; }
}
