namespace PurchasePlatform.Identity.Infrastructure.Outbox;

/// <summary>
/// A row of <c>user_events</c>: written in the same transaction as the change it records, it is both the user's
/// event history (002's <c>/api/users/{id}/events</c>) and the outbox the relay publishes from.
/// </summary>
public sealed class UserEvent
{
    /// <summary>"evt-" and 32 hex digits; also the CloudEvent id, so subscribers can drop a redelivered copy.</summary>
    public required string Id { get; init; }

    public required Guid UserId { get; init; }

    /// <summary>1, 2, 3, ... per user, in the order the events happened.</summary>
    public required int Sequence { get; init; }

    /// <summary>002's name, e.g. "user_created".</summary>
    public required string EventType { get; init; }

    /// <summary>The pub/sub topic, e.g. "users.user_created.v1".</summary>
    public required string Topic { get; init; }

    /// <summary>The event's data as JSON, without secrets: what the history shows.</summary>
    public required string Data { get; init; }

    /// <summary>Raw tokens the mail needs, as JSON; published with the data, then erased.</summary>
    public string? SecretData { get; set; }

    public required DateTime OccurredAt { get; init; }

    public DateTime? PublishedAt { get; set; }

    public int PublishAttempts { get; set; }

    public string? LastError { get; set; }

    /// <summary>A relay pass that is publishing the row holds it until then, so no other pass publishes it too.</summary>
    public DateTime? ClaimedUntil { get; set; }

    public Guid? ClaimedBy { get; set; }
}
