using System.Text.Json.Nodes;

namespace PurchasePlatform.Notifications.Webhooks;

/// <summary>A platform event as webhooks show it: seed 003's event type and its <c>data.object</c>.</summary>
public sealed record WebhookEvent(string Type, JsonObject Object);
