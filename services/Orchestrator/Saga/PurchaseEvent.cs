namespace PurchasePlatform.Orchestrator.Saga;

/// <summary>An event the saga decided to publish; the host publishes it only after the state that produced it is saved.</summary>
public sealed record PurchaseEvent(string EventId, string Topic, PurchaseStatusChanged Data);

/// <summary>
/// <c>purchases.purchase_status_changed.v1</c> (every status change) and <c>purchases.purchase_completed.v1</c> (the notify
/// step). Consumers dedupe by <c>eventId</c>: an event can be published twice after a crash.
/// </summary>
public sealed record PurchaseStatusChanged(
    string EventId,
    string EventType,
    string PurchaseId,
    string UserId,
    string Status,
    string? PreviousStatus,
    string? Reason,
    string? OrderId,
    string? PaymentId,
    long? AmountCents,
    string? Currency,
    IReadOnlyList<PurchaseEventLine> Products,
    DateTimeOffset OccurredAt);

public sealed record PurchaseEventLine(string Id, int Quantity, string Status);

public static class PurchaseTopics
{
    public const string PubSub = "pubsub";
    public const string StatusChanged = "purchases.purchase_status_changed.v1";
    public const string Completed = "purchases.purchase_completed.v1";
}
