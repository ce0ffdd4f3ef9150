using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using PurchasePlatform.Gateway.Tests.Infrastructure;
using PurchasePlatform.TestSupport;

namespace PurchasePlatform.Gateway.Tests.Purchases;

/// <summary>
/// A stand-in for the orchestrator's purchase API behind its sidecar: purchases kept by id with their owner (the
/// token's <c>sub</c>, read without checking the signature: the orchestrator's own tests check tokens), product
/// <c>unknown</c> refused with 400. It records every request.
/// </summary>
public sealed class FakeOrchestrator : IAsyncDisposable
{
    private readonly TestApp app;

    private FakeOrchestrator(TestApp app, ConcurrentQueue<ReceivedRequest> received, ConcurrentDictionary<string, (string Owner, JsonElement Body)> purchases)
    {
        this.app = app;
        ReceivedQueue = received;
        Purchases = purchases;
    }

    public int Port => app.Port;

    public IReadOnlyList<ReceivedRequest> Received => ReceivedQueue.Where(r => !r.Path.StartsWith("/dapr", StringComparison.Ordinal)).ToList();

    private ConcurrentQueue<ReceivedRequest> ReceivedQueue { get; }

    private ConcurrentDictionary<string, (string Owner, JsonElement Body)> Purchases { get; }

    public static async Task<FakeOrchestrator> StartAsync()
    {
        var received = new ConcurrentQueue<ReceivedRequest>();
        var purchases = new ConcurrentDictionary<string, (string Owner, JsonElement Body)>(StringComparer.Ordinal);
        var app = await TestApp.StartAsync(web =>
        {
            web.Use(async (context, next) =>
            {
                if (context.Request.Path.StartsWithSegments("/dapr"))
                {
                    await context.Response.WriteAsJsonAsync(Array.Empty<object>());
                    return;
                }

                context.Request.EnableBuffering();
                using var reader = new StreamReader(context.Request.Body, leaveOpen: true);
                var body = await reader.ReadToEndAsync();
                context.Request.Body.Position = 0;
                received.Enqueue(new ReceivedRequest(context.Request.Method, context.Request.Path.Value ?? "", context.Request.QueryString.Value ?? "",
                    context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase), body));
                await next(context);
            });
            web.MapPost("/purchases", (HttpContext context, JsonElement body) =>
            {
                var id = body.GetProperty("purchaseId").GetString()!;
                if (body.GetProperty("products").EnumerateArray().Any(p => p.GetProperty("id").GetString() == "unknown"))
                {
                    return Results.BadRequest(new { error = "invalid_request", message = "unknown product: unknown" });
                }

                purchases.TryAdd(id, (Subject(context), body));
                return Results.Ok(new { purchaseId = id, status = "pending", message = "Purchase received and being processed" });
            });
            web.MapGet("/purchases/{purchaseId}", (string purchaseId, HttpContext context) =>
                purchases.TryGetValue(purchaseId, out var purchase) && purchase.Owner == Subject(context)
                    ? Results.Ok(new
                    {
                        purchaseId,
                        status = "reserving",
                        reason = (string?)null,
                        orderId = "internal-detail",
                        products = purchase.Body.GetProperty("products").EnumerateArray()
                            .Select(p => new { id = p.GetProperty("id").GetString(), quantity = p.GetProperty("quantity").GetInt32(), status = "reserved" }),
                    })
                    : Results.NotFound(new { error = "not_found", message = "Purchase not found" }));
            web.MapPost("/purchases/{purchaseId}/cancel", (string purchaseId, HttpContext context) =>
                purchases.TryGetValue(purchaseId, out var purchase) && purchase.Owner == Subject(context)
                    ? Results.Ok(new { purchaseId, status = "cancelling", message = "Cancellation requested" })
                    : Results.NotFound(new { error = "not_found", message = "Purchase not found" }));
        });
        return new FakeOrchestrator(app, received, purchases);
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();

    private static string Subject(HttpContext context)
    {
        var token = context.Request.Headers.Authorization.ToString().Replace("Bearer ", "", StringComparison.Ordinal);
        var payload = token.Split('.')[1].Replace('-', '+').Replace('_', '/');
        payload = payload.PadRight(payload.Length + ((4 - (payload.Length % 4)) % 4), '=');
        return JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(payload))).RootElement.GetProperty("sub").GetString()!;
    }
}
