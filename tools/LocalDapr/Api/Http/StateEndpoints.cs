using System.Text;
using System.Text.Json;
using LocalDapr.Runtime;
using LocalDapr.State;

namespace LocalDapr.Api.Http;

/// <summary>The state API over HTTP (dapr/dapr pkg/api/http/http.go): values are stored as the JSON text the caller sent.</summary>
public static class StateEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/v1.0/state/{storeName}/{key}", GetAsync);
        endpoints.MapMethods("/v1.0/state/{storeName}", ["POST", "PUT"], SaveAsync);
        endpoints.MapDelete("/v1.0/state/{storeName}/{key}", DeleteAsync);
        endpoints.MapMethods("/v1.0/state/{storeName}/bulk", ["POST", "PUT"], BulkGetAsync);
        endpoints.MapMethods("/v1.0/state/{storeName}/transaction", ["POST", "PUT"], TransactionAsync);
        endpoints.MapMethods("/v1.0-alpha1/state/{storeName}/query", ["POST", "PUT"], IResult (string storeName) =>
            throw DaprErrors.NotSupported("the state query API"));
    }

    private static async Task GetAsync(HttpContext context, string storeName, string key)
    {
        var state = await context.Sidecar().State.GetAsync(storeName, key, context.RequestAborted);
        if (state is null)
        {
            context.Response.StatusCode = StatusCodes.Status204NoContent;
            return;
        }

        context.Response.Headers.ETag = state.ETag;
        foreach (var (name, value) in StateApi.ResponseMetadata(state)) context.Response.Headers["metadata." + name] = value;
        context.Response.ContentType = IsJson(state.Value) ? "application/json" : "application/octet-stream";
        await context.Response.Body.WriteAsync(state.Value, context.RequestAborted);
    }

    private static async Task<IResult> SaveAsync(HttpContext context, string storeName)
    {
        var body = await ReadJsonAsync(context);
        if (body.ValueKind != JsonValueKind.Array) throw DaprErrors.Malformed("the body must be a JSON array of state items");
        var items = body.EnumerateArray().Select(ParseItem).ToList();
        await context.Sidecar().State.SaveAsync(storeName, items, context.RequestAborted);
        return Results.NoContent();
    }

    private static async Task<IResult> DeleteAsync(HttpContext context, string storeName, string key)
    {
        var etag = context.Request.Headers.IfMatch.ToString();
        var concurrency = StateApi.ParseConcurrency(context.Request.Query["concurrency"].ToString());
        await context.Sidecar().State.DeleteAsync(storeName, key, etag, concurrency, context.RequestAborted);
        return Results.NoContent();
    }

    private static async Task BulkGetAsync(HttpContext context, string storeName)
    {
        var body = await ReadJsonAsync(context);
        if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty("keys", out var keysElement) || keysElement.ValueKind != JsonValueKind.Array)
            throw DaprErrors.Malformed("the body must be {\"keys\": [...]}");
        var keys = keysElement.EnumerateArray().Select(k => k.GetString() ?? "").ToList();
        var parallelism = body.TryGetProperty("parallelism", out var p) && p.TryGetInt32(out var n) ? n : 100;
        var results = await context.Sidecar().State.GetBulkAsync(storeName, keys, parallelism, context.RequestAborted);

        context.Response.ContentType = "application/json";
        await using var writer = new Utf8JsonWriter(context.Response.Body);
        writer.WriteStartArray();
        foreach (var item in results)
        {
            writer.WriteStartObject();
            writer.WriteString("key", item.Key);
            if (item.Error is not null)
            {
                writer.WriteString("error", item.Error);
            }
            else if (item.State is { } state)
            {
                writer.WritePropertyName("data");
                if (IsJson(state.Value)) writer.WriteRawValue(state.Value);
                else writer.WriteStringValue(Encoding.UTF8.GetString(state.Value));
                writer.WriteString("etag", state.ETag);
                var metadata = StateApi.ResponseMetadata(state);
                if (metadata.Count > 0)
                {
                    writer.WriteStartObject("metadata");
                    foreach (var (name, value) in metadata) writer.WriteString(name, value);
                    writer.WriteEndObject();
                }
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static async Task<IResult> TransactionAsync(HttpContext context, string storeName)
    {
        var body = await ReadJsonAsync(context);
        if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty("operations", out var operations) || operations.ValueKind != JsonValueKind.Array)
            throw DaprErrors.Malformed("the body must be {\"operations\": [...]}");

        var items = new List<StateApi.TransactionItem>();
        foreach (var operation in operations.EnumerateArray())
        {
            var kind = operation.TryGetProperty("operation", out var k) ? k.GetString() : null;
            if (!operation.TryGetProperty("request", out var request)) throw DaprErrors.Malformed("each operation needs a request");
            items.Add(kind switch
            {
                "upsert" => new StateApi.TransactionItem(true, ParseItem(request)),
                "delete" => new StateApi.TransactionItem(false, ParseItem(request)),
                _ => throw DaprErrors.StateOperationNotSupported(kind),
            });
        }

        await context.Sidecar().State.ExecuteTransactionAsync(storeName, items, context.RequestAborted);
        return Results.NoContent();
    }

    private static StateApi.SaveItem ParseItem(JsonElement item)
    {
        if (item.ValueKind != JsonValueKind.Object) throw DaprErrors.Malformed("each state item must be an object");
        var key = item.TryGetProperty("key", out var k) ? k.GetString() ?? "" : "";
        var value = item.TryGetProperty("value", out var v) ? Encoding.UTF8.GetBytes(v.GetRawText()) : [];
        var etag = item.TryGetProperty("etag", out var e) && e.ValueKind == JsonValueKind.String ? e.GetString() : null;
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
        if (item.TryGetProperty("metadata", out var m) && m.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in m.EnumerateObject()) metadata[property.Name] = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : property.Value.GetRawText();
        }

        var concurrency = ConcurrencyMode.LastWrite;
        if (item.TryGetProperty("options", out var options) && options.ValueKind == JsonValueKind.Object
            && options.TryGetProperty("concurrency", out var c))
        {
            concurrency = StateApi.ParseConcurrency(c.GetString());
        }

        return new StateApi.SaveItem(key, value, etag, concurrency, metadata);
    }

    private static async Task<JsonElement> ReadJsonAsync(HttpContext context)
    {
        var body = await context.Request.ReadBodyAsync(context.RequestAborted);
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            throw DaprErrors.Malformed(ex.Message);
        }
    }

    private static bool IsJson(byte[] value)
    {
        if (value.Length == 0) return false;
        try
        {
            using var _ = JsonDocument.Parse(value);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
