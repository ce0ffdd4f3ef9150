using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PurchasePlatform.Catalog.Infrastructure.Outbox;

/// <summary>Builds <c>catalog_events</c> rows and the message published for each.</summary>
public static class CatalogEventRows
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    /// <param name="data">What the event carries: the product as the API shows it, or what identifies a deleted one.</param>
    public static CatalogEvent New(string eventType, string productId, object data, DateTime occurredAt) => new()
    {
        Id = "evt-" + Guid.NewGuid().ToString("N"),
        ProductId = productId,
        EventType = eventType,
        Topic = CatalogEventTypes.TopicOf(eventType),
        Data = JsonSerializer.Serialize(data, Web),
        OccurredAt = occurredAt,
    };

    /// <summary>The published message, in the style of seed 002's events: <c>event_id</c>, <c>event_type</c>, <c>product_id</c>, <c>data</c>, <c>created_at</c>.</summary>
    public static JsonObject Message(CatalogEvent row) => new()
    {
        ["event_id"] = row.Id,
        ["event_type"] = row.EventType,
        ["product_id"] = row.ProductId,
        ["data"] = JsonNode.Parse(row.Data),
        ["created_at"] = row.OccurredAt.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
    };
}
