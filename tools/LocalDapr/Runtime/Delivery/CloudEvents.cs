using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LocalDapr.Runtime.Delivery;

/// <summary>
/// Builds and reads CloudEvents the way daprd does (components-contrib pubsub/envelope.go): a new envelope
/// around plain data, or an existing CloudEvent kept and enriched; <c>cloudevent.*</c> publish metadata overrides
/// attributes; <c>ttlInSeconds</c> sets <c>expiration</c>.
/// </summary>
public static class CloudEvents
{
    public const string ContentType = "application/cloudevents+json";
    public const string DefaultType = "com.dapr.event.sent";

    public static byte[] Wrap(byte[] data, string? dataContentType, string source, string topic, string pubsubName,
        IReadOnlyDictionary<string, string> metadata, string? traceParent, string? traceState, DateTimeOffset now)
    {
        JsonObject envelope;
        if (IsCloudEventContentType(dataContentType))
        {
            envelope = JsonNode.Parse(data) as JsonObject ?? throw new JsonException("the CloudEvent is not a JSON object");
            envelope.TryAdd("time", now.ToString("yyyy-MM-ddTHH:mm:ssK", CultureInfo.InvariantCulture));
            if (!envelope.ContainsKey("traceid"))
            {
                envelope["traceid"] = traceParent ?? "";
                envelope["traceparent"] = traceParent ?? "";
            }

            envelope.TryAdd("tracestate", traceState ?? "");
            envelope.TryAdd("source", source);
            envelope.TryAdd("type", DefaultType);
            envelope.TryAdd("specversion", "1.0");
            envelope.TryAdd("id", Guid.NewGuid().ToString());
        }
        else
        {
            var contentType = string.IsNullOrEmpty(dataContentType) ? "text/plain" : dataContentType;
            envelope = new JsonObject
            {
                ["id"] = Guid.NewGuid().ToString(),
                ["specversion"] = "1.0",
                ["datacontenttype"] = contentType,
                ["source"] = source,
                ["type"] = DefaultType,
                ["traceid"] = traceParent ?? "",
                ["traceparent"] = traceParent ?? "",
                ["tracestate"] = traceState ?? "",
                ["time"] = now.ToString("yyyy-MM-ddTHH:mm:ssK", CultureInfo.InvariantCulture),
            };
            AddData(envelope, data, contentType);
        }

        envelope["topic"] = topic;
        envelope["pubsubname"] = pubsubName;
        foreach (var (key, value) in metadata)
        {
            if (key.StartsWith("cloudevent.", StringComparison.Ordinal) && value.Length > 0)
                envelope[key["cloudevent.".Length..]] = value;
        }

        if (metadata.TryGetValue("ttlInSeconds", out var ttl) && long.TryParse(ttl, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds) && seconds > 0)
            envelope["expiration"] = now.AddSeconds(seconds).UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

        return JsonSerializer.SerializeToUtf8Bytes(envelope);
    }

    /// <summary>A subscriber-side envelope for a raw (unwrapped) payload, as daprd's FromRawPayload.</summary>
    public static byte[] FromRawPayload(byte[] data, string topic, string pubsubName) =>
        JsonSerializer.SerializeToUtf8Bytes(new JsonObject
        {
            ["id"] = Guid.NewGuid().ToString(),
            ["specversion"] = "1.0",
            ["datacontenttype"] = "application/octet-stream",
            ["source"] = "Dapr",
            ["type"] = DefaultType,
            ["topic"] = topic,
            ["pubsubname"] = pubsubName,
            ["data_base64"] = Convert.ToBase64String(data),
        });

    public static bool HasExpired(JsonElement cloudEvent, DateTimeOffset now) =>
        cloudEvent.ValueKind == JsonValueKind.Object
        && cloudEvent.TryGetProperty("expiration", out var expiration)
        && expiration.ValueKind == JsonValueKind.String
        && DateTimeOffset.TryParse(expiration.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
        && at < now;

    public static bool IsCloudEventContentType(string? contentType) =>
        contentType is not null && contentType.StartsWith(ContentType, StringComparison.OrdinalIgnoreCase);

    public static bool IsJsonContentType(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType)) return false;
        var mediaType = contentType.Split(';')[0].Trim();
        return mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase);
    }

    private static void AddData(JsonObject envelope, byte[] data, string contentType)
    {
        if (IsJsonContentType(contentType))
        {
            try
            {
                envelope["data"] = JsonNode.Parse(data);
                return;
            }
            catch (JsonException)
            {
                envelope["data"] = System.Text.Encoding.UTF8.GetString(data);
                return;
            }
        }

        var mediaType = contentType.Split(';')[0].Trim();
        if (mediaType.StartsWith("text/", StringComparison.OrdinalIgnoreCase) || mediaType.EndsWith("/xml", StringComparison.OrdinalIgnoreCase))
            envelope["data"] = System.Text.Encoding.UTF8.GetString(data);
        else
            envelope["data_base64"] = Convert.ToBase64String(data);
    }
}
