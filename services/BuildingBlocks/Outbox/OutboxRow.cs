namespace PurchasePlatform.BuildingBlocks.Outbox;

/// <summary>
/// A row of a service's outbox: written in the same database transaction as the change it announces, published
/// afterwards by the <see cref="OutboxRelay{TContext,TRow}"/>. Services either use <see cref="OutboxMessage"/> or
/// derive their own row (Identity's user events double as the users' event history).
/// </summary>
public abstract class OutboxRow
{
    /// <summary>Also the CloudEvent id, so subscribers can drop a redelivered copy.</summary>
    public required string Id { get; init; }

    /// <summary>The pub/sub topic, e.g. "orders.order_placed.v1".</summary>
    public required string Topic { get; init; }

    public required DateTime OccurredAt { get; init; }

    public DateTime? PublishedAt { get; set; }

    public int PublishAttempts { get; set; }

    public string? LastError { get; set; }

    /// <summary>A relay pass that is publishing the row holds it until then, so no other pass publishes it too.</summary>
    public DateTime? ClaimedUntil { get; set; }

    public Guid? ClaimedBy { get; set; }
}
