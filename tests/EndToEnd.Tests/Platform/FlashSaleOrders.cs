using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace EndToEnd.Tests.Platform;

/// <summary>One answer of the gateway's seed-001 <c>POST /order</c>: the status code and the body's <c>status</c> and <c>orderId</c>.</summary>
/// <param name="Status">The HTTP status, or 0 when no answer came (connection refused or reset).</param>
public sealed record OrderAnswer(int Status, string? Result, string? OrderId, string? Location)
{
    public bool Accepted => Status == 200 && Result == "success";

    public bool Ignored => Status == 200 && Result == "ignored";

    /// <summary>Seed 001: "500 — retry with the same idempotency key"; no answer at all is the same for a client.</summary>
    public bool IsFailure => Status is 0 or >= 500;
}

/// <summary>The seed-001 flash-sale routes of the gateway, as a client calls them.</summary>
public static class FlashSaleOrders
{
    /// <summary>An HttpClient for the gateway that does not follow redirects (a 302 is an answer of its own here).</summary>
    public static HttpClient Client(Uri gateway, int maxConnections) =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false, MaxConnectionsPerServer = maxConnections, UseProxy = false })
        {
            BaseAddress = gateway,
            Timeout = TimeSpan.FromSeconds(60),
        };

    public static async Task<HttpResponseMessage> InitAsync(HttpClient gateway, string adminToken, string productId, int quantity)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "init") { Content = JsonContent.Create(new { productId, quantity }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", adminToken);
        return await gateway.SendAsync(request);
    }

    public static async Task<OrderAnswer> OrderAsync(HttpClient gateway, Customer customer, string productId, string idempotencyKey,
        CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "order") { Content = JsonContent.Create(new { productId, userId = customer.UserId }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", customer.AccessToken);
        request.Headers.Add("x-idempotency-key", idempotencyKey);
        try
        {
            using var response = await gateway.SendAsync(request, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            string? result = null, orderId = null;
            if (body.StartsWith('{'))
            {
                using var json = JsonDocument.Parse(body);
                if (json.RootElement.TryGetProperty("status", out var status) && status.ValueKind == JsonValueKind.String) result = status.GetString();
                if (json.RootElement.TryGetProperty("orderId", out var id) && id.ValueKind == JsonValueKind.String) orderId = id.GetString();
            }

            return new OrderAnswer((int)response.StatusCode, result, orderId, response.Headers.Location?.ToString());
        }
        catch (HttpRequestException)
        {
            return new OrderAnswer(0, null, null, null);
        }
    }

    /// <summary>GET /inventory/{productId}: the StockView.</summary>
    public static async Task<JsonElement> StockAsync(HttpClient gateway, string productId) =>
        await gateway.GetFromJsonAsync<JsonElement>($"inventory/{Uri.EscapeDataString(productId)}");

    /// <summary>GET /status/{orderId} with the caller's token.</summary>
    public static async Task<(HttpStatusCode Status, JsonElement Body)> StatusAsync(HttpClient gateway, string token, string orderId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"status/{Uri.EscapeDataString(orderId)}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await gateway.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }
}
