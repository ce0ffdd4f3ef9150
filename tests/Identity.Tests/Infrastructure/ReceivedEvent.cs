using System.Text.Json;

namespace PurchasePlatform.Identity.Tests.Infrastructure;

/// <summary>A CloudEvent the mailbox app received: its topic, its id and its data (the published user event).</summary>
public sealed record ReceivedEvent(string Topic, string Id, JsonElement Data)
{
    public string UserId => Data.GetProperty("user_id").GetString()!;

    public string EventType => Data.GetProperty("event_type").GetString()!;

    public string? Field(string name) => Data.GetProperty("data").TryGetProperty(name, out var value) ? value.GetString() : null;
}
