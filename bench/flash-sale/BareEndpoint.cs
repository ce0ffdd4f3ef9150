using System.Collections.Concurrent;
using System.Text.Json;

namespace PurchasePlatform.Bench.FlashSale;

/// <summary>
/// The baseline: a bare ASP.NET Core minimal endpoint with seed 001's <c>POST /order</c> shape and an in-memory
/// stock count, nothing else (no auth, no sidecar, no state store). Runs as a process of its own
/// (<c>FlashSaleBench bare-endpoint PORT</c>) so its memory is its own.
/// </summary>
public static class BareEndpoint
{
    public const string Argument = "bare-endpoint";

    private sealed record OrderBody(string? ProductId, string? UserId);

    public static async Task RunAsync(int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        var stock = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);

        app.MapPost("/init", async (HttpRequest request) =>
        {
            using var body = await JsonDocument.ParseAsync(request.Body);
            var productId = body.RootElement.GetProperty("productId").GetString()!;
            var quantity = body.RootElement.GetProperty("quantity").GetInt32();
            stock[productId] = quantity;
            return Results.Json(new { status = "ok", msg = $"Stock initialized for {productId} to {quantity}" });
        });
        app.MapPost("/order", async (HttpRequest request) =>
        {
            if (!request.Headers.TryGetValue("x-idempotency-key", out var key) || string.IsNullOrEmpty(key))
                return Results.Json(new { error = "Missing Idempotency Key" }, statusCode: 400);
            var order = await JsonSerializer.DeserializeAsync<OrderBody>(request.Body, options);
            var productId = order?.ProductId ?? "";
            while (true)
            {
                if (!stock.TryGetValue(productId, out var left) || left == 0)
                    return Results.Json(new { status = "sold_out", msg = "Inventory empty" }, statusCode: 409);
                if (stock.TryUpdate(productId, left - 1, left))
                    return Results.Json(new { status = "success", msg = "Order accepted", orderId = Guid.NewGuid() });
            }
        });
        app.MapGet("/inventory/{productId}", (string productId) =>
            Results.Json(new { productId, available = stock.GetValueOrDefault(productId), reserved = 0, sold = 0 }));
        await app.RunAsync();
    }
}
