using System.Text.Json;

namespace PurchasePlatform.BuildingBlocks.Outbox;

/// <summary>The plain outbox row: a topic and the JSON published to it.</summary>
public sealed class OutboxMessage : OutboxRow
{
    /// <summary>The event's data as JSON, published as it is.</summary>
    public required string Payload { get; init; }

    /// <param name="data">Serialized with the web defaults (camelCase) unless it is already a JsonNode with its own names.</param>
    /// <param name="id">The event id; a new "evt-..." id when null. Pass a derived id to make a retried write idempotent.</param>
    public static OutboxMessage For(string topic, object data, DateTime occurredAtUtc, string? id = null) => new()
    {
        Id = id ?? NewId(),
        Topic = topic,
        Payload = JsonSerializer.Serialize(data, data.GetType(), JsonSerializerOptions.Web),
        OccurredAt = occurredAtUtc,
    };

    public static string NewId() => "evt-" + Guid.NewGuid().ToString("N");
}
