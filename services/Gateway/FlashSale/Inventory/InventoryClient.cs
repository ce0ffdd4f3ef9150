using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PurchasePlatform.Gateway.Routing;

namespace PurchasePlatform.Gateway.FlashSale.Inventory;

/// <summary>
/// Inventory's internal API (issue 4 contract), invoked through the gateway's Dapr sidecar (app id <c>inventory</c>).
/// The caller's Authorization header goes along so that Inventory checks the token again; the correlation id is added
/// by the platform's HttpClient defaults. Never throws for a failed call: it answers <see cref="InventoryAnswer{T}.Failed"/>.
/// </summary>
internal sealed partial class InventoryClient(HttpClient http, ILogger<InventoryClient> logger)
{
    public const string AppId = "inventory";

    public Task<InventoryAnswer<StockView>> SetStockAsync(string productId, long quantity, string? authorization, CancellationToken cancellationToken) =>
        SendAsync<StockView>(HttpMethod.Put, $"stock/{Uri.EscapeDataString(productId)}", JsonContent.Create(new SetStockRequest(quantity)), authorization,
            cancellationToken);

    public Task<InventoryAnswer<StockView>> GetStockAsync(string productId, CancellationToken cancellationToken) =>
        SendAsync<StockView>(HttpMethod.Get, $"stock/{Uri.EscapeDataString(productId)}", null, null, cancellationToken);

    public Task<InventoryAnswer<FlashOrderResult>> PlaceOrderAsync(FlashOrderRequest order, string? authorization, CancellationToken cancellationToken) =>
        SendAsync<FlashOrderResult>(HttpMethod.Post, "flash-orders", JsonContent.Create(order), authorization, cancellationToken);

    public Task<InventoryAnswer<FlashOrderView>> GetOrderAsync(string orderId, string? authorization, CancellationToken cancellationToken) =>
        SendAsync<FlashOrderView>(HttpMethod.Get, $"flash-orders/{Uri.EscapeDataString(orderId)}", null, authorization, cancellationToken);

    public Task<InventoryAnswer<FlashOrderView>> CancelOrderAsync(string orderId, string? authorization, CancellationToken cancellationToken) =>
        SendAsync<FlashOrderView>(HttpMethod.Post, $"flash-orders/{Uri.EscapeDataString(orderId)}/cancel", null, authorization, cancellationToken);

    private async Task<InventoryAnswer<T>> SendAsync<T>(HttpMethod method, string path, HttpContent? content, string? authorization,
        CancellationToken cancellationToken)
        where T : class
    {
        using var request = CallerRequests.Create(method, path, content, authorization);

        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            if ((int)response.StatusCode >= 500)
            {
                LogInventoryFailed(method.Method, path, (int)response.StatusCode);
                return InventoryAnswer<T>.Failed;
            }

            if (response.StatusCode != HttpStatusCode.OK)
            {
                return new InventoryAnswer<T>(response.StatusCode, null);
            }

            var value = await response.Content.ReadFromJsonAsync<T>(cancellationToken);
            return new InventoryAnswer<T>(response.StatusCode, value);
        }
        catch (Exception exception) when (exception is HttpRequestException or JsonException or NotSupportedException
                                              || (exception is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            LogInventoryUnreachable(exception, method.Method, path);
            return InventoryAnswer<T>.Failed;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Inventory answered {Method} {Path} with {StatusCode}")]
    private partial void LogInventoryFailed(string method, string path, int statusCode);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Inventory call {Method} {Path} failed")]
    private partial void LogInventoryUnreachable(Exception exception, string method, string path);
}
