using System.Text.Json;
using LocalDapr.Runtime;

namespace LocalDapr.Api.Http;

/// <summary>Publish over HTTP: <c>POST /v1.0/publish/{pubsub}/{topic}</c> and the bulk form.</summary>
public static class PublishEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/v1.0/publish/{pubsubName}/{**topic}", PublishAsync);
        endpoints.MapPost("/v1.0-alpha1/publish/bulk/{pubsubName}/{**topic}", BulkPublishAsync);
        endpoints.MapPost("/v1.0/publish/bulk/{pubsubName}/{**topic}", BulkPublishAsync);
    }

    private static async Task<IResult> PublishAsync(HttpContext context, string pubsubName, string? topic)
    {
        var body = await context.Request.ReadBodyAsync(context.RequestAborted);
        await context.Sidecar().Publisher.PublishAsync(pubsubName, topic ?? "", body, context.Request.ContentType ?? "text/plain",
            context.Request.QueryMetadata(), context.Request.Headers["traceparent"].FirstOrDefault(),
            context.Request.Headers["tracestate"].FirstOrDefault(), context.RequestAborted);
        return Results.NoContent();
    }

    private static async Task<IResult> BulkPublishAsync(HttpContext context, string pubsubName, string? topic)
    {
        var body = await context.Request.ReadBodyAsync(context.RequestAborted);
        JsonElement entries;
        try
        {
            using var document = JsonDocument.Parse(body);
            entries = document.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            throw DaprErrors.Malformed(ex.Message);
        }

        if (entries.ValueKind != JsonValueKind.Array) throw DaprErrors.Malformed("the body must be a JSON array of entries");
        context.Sidecar().Publisher.EnsureMayPublish(pubsubName, topic ?? "");
        var requestMetadata = context.Request.QueryMetadata();
        var failed = new List<object>();
        foreach (var entry in entries.EnumerateArray())
        {
            var entryId = entry.TryGetProperty("entryId", out var id) ? id.GetString() ?? "" : "";
            var contentType = entry.TryGetProperty("contentType", out var ct) ? ct.GetString() : null;
            var metadata = new Dictionary<string, string>(requestMetadata, StringComparer.Ordinal);
            if (entry.TryGetProperty("metadata", out var m) && m.ValueKind == JsonValueKind.Object)
            {
                foreach (var p in m.EnumerateObject()) metadata[p.Name] = p.Value.GetString() ?? "";
            }

            byte[] data = !entry.TryGetProperty("event", out var ev) ? []
                : ev.ValueKind == JsonValueKind.String && !IsJsonLike(contentType) ? System.Text.Encoding.UTF8.GetBytes(ev.GetString()!)
                : System.Text.Encoding.UTF8.GetBytes(ev.GetRawText());
            try
            {
                await context.Sidecar().Publisher.PublishAsync(pubsubName, topic ?? "", data, contentType ?? "application/json", metadata,
                    context.Request.Headers["traceparent"].FirstOrDefault(), context.Request.Headers["tracestate"].FirstOrDefault(), context.RequestAborted);
            }
            catch (DaprApiException ex) when (ex.ErrorCode == "ERR_PUBSUB_PUBLISH_MESSAGE")
            {
                failed.Add(new { entryId, error = ex.Message });
            }
        }

        return failed.Count == 0
            ? Results.NoContent()
            : Results.Json(new { failedEntries = failed, errorCode = "ERR_PUBSUB_PUBLISH_MESSAGE" }, statusCode: 500);
    }

    private static bool IsJsonLike(string? contentType) =>
        Runtime.Delivery.CloudEvents.IsJsonContentType(contentType) || Runtime.Delivery.CloudEvents.IsCloudEventContentType(contentType);
}
