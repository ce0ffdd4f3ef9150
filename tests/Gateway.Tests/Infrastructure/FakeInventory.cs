using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using PurchasePlatform.TestSupport;

namespace PurchasePlatform.Gateway.Tests.Infrastructure;

/// <summary>
/// A stand-in for the Inventory service's internal API (issue 4 contract) behind its sidecar: products with one
/// available count each, orders decided once per (user, product, key). It checks no token (Inventory's own tests do);
/// it records every request. <see cref="Failing"/> makes every route answer 500.
/// </summary>
public sealed class FakeInventory : IAsyncDisposable
{
    private readonly TestApp app;
    private readonly State state;

    private FakeInventory(TestApp app, State state)
    {
        this.app = app;
        this.state = state;
    }

    public int Port => app.Port;

    public bool Failing
    {
        get => state.Failing;
        set => state.Failing = value;
    }

    public IReadOnlyList<ReceivedRequest> Received => state.Received.ToList();

    public static async Task<FakeInventory> StartAsync()
    {
        var state = new State();
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
                var request = context.Request;
                state.Received.Enqueue(new ReceivedRequest(request.Method, request.Path.Value ?? "", request.QueryString.Value ?? "",
                    request.Headers.ToDictionary(header => header.Key, header => header.Value.ToString(), StringComparer.OrdinalIgnoreCase), body));
                if (state.Failing)
                {
                    context.Response.StatusCode = StatusCodes.Status500InternalServerError;
                    return;
                }

                await next(context);
            });
            web.MapPut("/stock/{productId}", (string productId, SetStock body) =>
            {
                state.Products[productId] = new Product(body.Quantity, 0);
                return Results.Ok(state.View(productId));
            });
            web.MapGet("/stock/{productId}", (string productId) =>
                state.Products.ContainsKey(productId) ? Results.Ok(state.View(productId)) : Results.NotFound());
            web.MapPost("/flash-orders", (PlaceOrder body) => state.Place(body));
            web.MapGet("/flash-orders/{orderId}", (string orderId) =>
                state.Orders.TryGetValue(orderId, out var order) ? Results.Ok(order) : Results.NotFound());
            web.MapPost("/flash-orders/{orderId}/cancel", (string orderId) => state.Cancel(orderId));
        });
        return new FakeInventory(app, state);
    }

    public void Stock(string productId, long available) => state.Products[productId] = new Product(available, 0);

    public long Available(string productId) => state.Products[productId].Available;

    public ValueTask DisposeAsync() => app.DisposeAsync();

    public sealed record SetStock(long Quantity);

    public sealed record PlaceOrder(string ProductId, string UserId, string IdempotencyKey, int Quantity);

    public sealed record OrderView(string OrderId, string ProductId, string UserId, int Quantity, string Status, DateTimeOffset AcceptedAt,
        DateTimeOffset? CancelledAt);

    private sealed record Product(long Available, long Sold);

    private sealed class State
    {
        private readonly Lock gate = new();

        public volatile bool Failing;

        public ConcurrentQueue<ReceivedRequest> Received { get; } = new();

        public ConcurrentDictionary<string, Product> Products { get; } = new(StringComparer.Ordinal);

        public ConcurrentDictionary<string, OrderView> Orders { get; } = new(StringComparer.Ordinal);

        private Dictionary<string, string?> Decisions { get; } = new(StringComparer.Ordinal);

        public object View(string productId)
        {
            var product = Products[productId];
            return new { productId, available = product.Available, reserved = 0, sold = product.Sold, shards = 4 };
        }

        public IResult Place(PlaceOrder order)
        {
            lock (gate)
            {
                if (!Products.TryGetValue(order.ProductId, out var product))
                {
                    return Results.NotFound();
                }

                var key = JsonSerializer.Serialize(new[] { order.UserId, order.ProductId, order.IdempotencyKey });
                var orderId = Guid.NewGuid().ToString("D");
                if (Decisions.TryGetValue(key, out var decided))
                {
                    return decided is null
                        ? Results.Ok(new { result = "sold_out", orderId, order.ProductId, order.UserId, order.Quantity })
                        : Results.Ok(new { result = "duplicate", orderId = decided, order.ProductId, order.UserId, order.Quantity });
                }

                if (product.Available < order.Quantity)
                {
                    Decisions[key] = null;
                    return Results.Ok(new { result = "sold_out", orderId, order.ProductId, order.UserId, order.Quantity });
                }

                Products[order.ProductId] = new Product(product.Available - order.Quantity, product.Sold + order.Quantity);
                Decisions[key] = orderId;
                var acceptedAt = DateTimeOffset.UtcNow;
                Orders[orderId] = new OrderView(orderId, order.ProductId, order.UserId, order.Quantity, "accepted", acceptedAt, null);
                return Results.Ok(new { result = "accepted", orderId, order.ProductId, order.UserId, order.Quantity, acceptedAt });
            }
        }

        public IResult Cancel(string orderId)
        {
            lock (gate)
            {
                if (!Orders.TryGetValue(orderId, out var order))
                {
                    return Results.NotFound();
                }

                if (order.Status == "accepted")
                {
                    var product = Products[order.ProductId];
                    Products[order.ProductId] = new Product(product.Available + order.Quantity, product.Sold - order.Quantity);
                    order = Orders[orderId] = order with { Status = "cancelled", CancelledAt = DateTimeOffset.UtcNow };
                }

                return Results.Ok(order);
            }
        }
    }
}
