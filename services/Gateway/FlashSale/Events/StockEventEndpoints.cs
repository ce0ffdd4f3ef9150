using System.Net.WebSockets;
using System.Text.Json;
using Dapr;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using PurchasePlatform.BuildingBlocks.Hosting;
using PurchasePlatform.Gateway.FlashSale.Inventory;
using PurchasePlatform.Gateway.RateLimiting;
using PurchasePlatform.Gateway.Routing;

namespace PurchasePlatform.Gateway.FlashSale.Events;

/// <summary>
/// Live stock: the gateway subscribes to <c>inventory.stock_changed.v1</c>, keeps the newest counts per shard
/// (<see cref="StockBoard"/>) and pushes product totals to the WebSockets connected on <c>/events</c>.
/// </summary>
internal static class StockEventEndpoints
{
    public const string SubscriptionPath = "/dapr/flash-sale/stock-changed";

    public static IEndpointRouteBuilder MapStockEvents(this IEndpointRouteBuilder app)
    {
        app.MapPost(SubscriptionPath, OnStockChangedAsync)
            .WithTopic(StockChanged.PubSubName, StockChanged.Topic)
            .WithMetadata(PlanRateLimitExemption.Instance)
            .ExcludeFromDescription();
        app.MapGet("/events", StreamAsync).WithMetadata(PlanRateLimitExemption.Instance).WithTags("Flash sale");
        return app;
    }

    // Dapr delivers with the CloudEvent unwrapped by UseCloudEvents. An event the gateway cannot use is dropped rather
    // than retried; a partial view of a product (a gateway that started mid-sale) is completed from Inventory's totals.
    // Only the sidecar may deliver when APP_API_TOKEN is set: the service defaults check every subscription endpoint.
    private static async Task<IResult> OnStockChangedAsync(HttpContext context, StockBoard board, StockFeed feed, InventoryClient inventory)
    {
        StockChanged? change;
        try
        {
            change = await context.Request.ReadFromJsonAsync<StockChanged>(context.RequestAborted);
        }
        catch (JsonException)
        {
            change = null;
        }

        if (change is not { IsUsable: true })
        {
            return SubscriberAnswers.Drop();
        }

        var update = board.Apply(change);
        if (update.Totals is { } totals)
        {
            feed.Publish(totals);
        }
        else if (update.Changed && feed.Subscribers > 0)
        {
            var stock = await inventory.GetStockAsync(change.ProductId!, context.RequestAborted);
            if (stock is { IsOk: true, Value: { } view })
            {
                feed.Publish(new StockMessage(view.ProductId, view.Available, view.Reserved, view.Sold));
            }
        }

        return SubscriberAnswers.Success();
    }

    private static async Task<IResult> StreamAsync(HttpContext context, StockBoard board, StockFeed feed, InventoryClient inventory,
        IOptions<JsonOptions> json, IHostApplicationLifetime lifetime)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            return FlashSaleResponses.BadRequest("/events is a WebSocket: connect with an upgrade request");
        }

        var productId = context.Request.Query["productId"].ToString();
        if (productId.Length > 0 && !FlashSaleInput.IsProductId(productId))
        {
            return FlashSaleResponses.BadRequest(FlashSaleInput.ProductIdRule);
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping);

        // Subscribed before the snapshot is read, so that no change made meanwhile is missed.
        using var subscription = feed.Subscribe(productId.Length > 0 ? productId : null);
        var serializer = json.Value.SerializerOptions;
        var closed = WatchForCloseAsync(socket, stopping);
        try
        {
            foreach (var snapshot in await SnapshotAsync(productId, board, inventory, stopping.Token))
            {
                await SendAsync(socket, snapshot, serializer, stopping.Token);
            }

            await foreach (var message in subscription.Messages.Reader.ReadAllAsync(stopping.Token))
            {
                await SendAsync(socket, message, serializer, stopping.Token);
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
            // The client went away or the gateway is stopping.
        }

        await CloseAsync(socket);
        await closed;
        return TypedResults.Empty;
    }

    private static async Task<IReadOnlyList<StockMessage>> SnapshotAsync(string productId, StockBoard board, InventoryClient inventory,
        CancellationToken cancellationToken)
    {
        if (productId.Length == 0)
        {
            return board.KnownTotals();
        }

        var stock = await inventory.GetStockAsync(productId, cancellationToken);
        return stock is { IsOk: true, Value: { } view } ? [new StockMessage(view.ProductId, view.Available, view.Reserved, view.Sold)] : [];
    }

    private static Task SendAsync(WebSocket socket, StockMessage message, JsonSerializerOptions serializer, CancellationToken cancellationToken) =>
        socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(message, serializer), WebSocketMessageType.Text, endOfMessage: true, cancellationToken);

    // Clients send nothing; reading is how a close (or a dropped connection) is noticed, which ends the stream.
    private static async Task WatchForCloseAsync(WebSocket socket, CancellationTokenSource stopping)
    {
        var buffer = new byte[256];
        try
        {
            while (!stopping.IsCancellationRequested)
            {
                var received = await socket.ReceiveAsync(buffer, stopping.Token);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
        }

        await stopping.CancelAsync();
    }

    private static async Task CloseAsync(WebSocket socket)
    {
        if (socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
        {
            return;
        }

        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", timeout.Token);
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
        }
    }
}
