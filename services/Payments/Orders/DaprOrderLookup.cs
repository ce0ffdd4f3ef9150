using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace PurchasePlatform.Payments.Orders;

/// <summary>
/// Orders' <c>GET /api/orders/{id}</c> through Dapr service invocation; 403 is treated as 404 (another user's order)
/// unless <see cref="ForbiddenIsUnavailable"/>.
/// </summary>
public sealed class DaprOrderLookup(HttpClient http, ILogger<DaprOrderLookup> logger) : IOrderLookup
{
    /// <summary>
    /// For a caller that may see every order (Payments' own token): 403 then means the caller lacks its scope, which
    /// says nothing about the order, so the lookup is unavailable rather than the order not found.
    /// </summary>
    public bool ForbiddenIsUnavailable { get; init; }

    public async Task<OrderLookup> FindAsync(string orderId, string? bearerToken, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"api/orders/{Uri.EscapeDataString(orderId)}");
        if (bearerToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearerToken);
        }

        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            if (response.StatusCode is HttpStatusCode.NotFound || (response.StatusCode is HttpStatusCode.Forbidden && !ForbiddenIsUnavailable))
            {
                return OrderLookup.NotFound;
            }

            if (!response.IsSuccessStatusCode)
            {
                logger.LogWarning("Orders answered {StatusCode} for order {OrderId}", (int)response.StatusCode, orderId);
                return OrderLookup.Unavailable;
            }

            using var body = JsonDocument.Parse(await response.Content.ReadAsStreamAsync(cancellationToken));
            return Read(body.RootElement) is { } order ? OrderLookup.Found(order) : OrderLookup.Unavailable;
        }
        catch (Exception ex) when (ex is HttpRequestException or JsonException or TaskCanceledException { InnerException: TimeoutException })
        {
            logger.LogWarning(ex, "Reading order {OrderId} from Orders failed", orderId);
            return OrderLookup.Unavailable;
        }
    }

    private static OrderFacts? Read(JsonElement order) =>
        order.ValueKind == JsonValueKind.Object
        && order.TryGetProperty("status", out var status) && status.ValueKind == JsonValueKind.String
        && order.TryGetProperty("totalAmount", out var total) && total.TryGetDecimal(out var totalAmount)
        && order.TryGetProperty("currency", out var currency) && currency.ValueKind == JsonValueKind.String
            ? new OrderFacts(order.TryGetProperty("userId", out var user) && user.ValueKind == JsonValueKind.String ? user.GetString() : null,
                status.GetString()!, totalAmount, currency.GetString()!)
            : null;
}
