using PurchasePlatform.BuildingBlocks.Outbox;

namespace PurchasePlatform.Identity.Infrastructure.Outbox;

/// <summary>
/// A row of <c>user_events</c>: written in the same transaction as the change it records, it is both the user's
/// event history (002's <c>/api/users/{id}/events</c>) and the outbox the relay publishes from. Its id is
/// "evt-" and 32 hex digits.
/// </summary>
public sealed class UserEvent : OutboxRow
{
    public required Guid UserId { get; init; }

    /// <summary>1, 2, 3, ... per user, in the order the events happened.</summary>
    public required int Sequence { get; init; }

    /// <summary>002's name, e.g. "user_created".</summary>
    public required string EventType { get; init; }

    /// <summary>The event's data as JSON, without secrets: what the history shows.</summary>
    public required string Data { get; init; }

    /// <summary>Raw tokens the mail needs, as JSON; published with the data, then erased.</summary>
    public string? SecretData { get; set; }
}
