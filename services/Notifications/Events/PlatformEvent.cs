using System.Text.Json;

namespace PurchasePlatform.Notifications.Events;

/// <summary>
/// One event from another service as the intake received it: its id (the payload's <c>event_id</c>, else the
/// CloudEvent id), its topic (e.g. <c>orders.order_placed.v1</c>), when it happened, and its payload as published.
/// </summary>
public sealed record PlatformEvent(string Id, string Topic, DateTimeOffset OccurredAt, JsonElement Data);
