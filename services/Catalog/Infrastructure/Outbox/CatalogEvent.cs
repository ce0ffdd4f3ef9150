namespace PurchasePlatform.Catalog.Infrastructure.Outbox;

/// <summary>A row of <c>catalog_events</c>, the outbox: written in the same transaction as the product change it records.</summary>
public sealed class CatalogEvent
{
    /// <summary>"evt-" and 32 hex digits; also the CloudEvent id, so subscribers can drop a redelivered copy.</summary>
    public required string Id { get; init; }

    public required string ProductId { get; init; }

    /// <summary>e.g. "product_created".</summary>
    public required string EventType { get; init; }

    /// <summary>e.g. "catalog.product_created.v1".</summary>
    public required string Topic { get; init; }

    /// <summary>The event's data as JSON.</summary>
    public required string Data { get; init; }

    public required DateTime OccurredAt { get; init; }

    public DateTime? PublishedAt { get; set; }

    public int PublishAttempts { get; set; }

    public string? LastError { get; set; }

    /// <summary>A relay pass that is publishing the row holds it until then, so no other pass publishes it too.</summary>
    public DateTime? ClaimedUntil { get; set; }

    public Guid? ClaimedBy { get; set; }
}
