using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using EndToEnd.Tests.Platform;

namespace EndToEnd.Tests.Purchases;

public sealed record PurchaseLine(string Id, int Quantity);

/// <summary>Seed 000's purchase routes through the gateway, and what the services behind them hold (through the gateway's sidecar).</summary>
public sealed class PurchaseCalls(HttpClient gateway, HttpClient sidecar)
{
    private static readonly string[] FinalStatuses = ["completed", "cancelled", "failed"];

    public async Task<(HttpStatusCode Status, JsonElement Body)> StartAsync(Customer customer, IEnumerable<PurchaseLine> products, string? paymentMethodId,
        string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "purchases")
        {
            Content = JsonContent.Create(new { products = products.Select(p => new { id = p.Id, quantity = p.Quantity }), paymentMethodId }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", customer.AccessToken);
        if (idempotencyKey is not null) request.Headers.Add("Idempotency-Key", idempotencyKey);
        using var response = await gateway.SendAsync(request);
        return (response.StatusCode, await BodyAsync(response));
    }

    public Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(Customer customer, string purchaseId) =>
        SendAsync(gateway, HttpMethod.Get, $"purchases/{purchaseId}", customer.AccessToken);

    public Task<(HttpStatusCode Status, JsonElement Body)> CancelAsync(Customer customer, string purchaseId) =>
        SendAsync(gateway, HttpMethod.Post, $"purchases/{purchaseId}/cancel", customer.AccessToken);

    /// <summary>The orchestrator's own view (order, payment, reason), read by invocation so that polling is not rate limited.</summary>
    public async Task<JsonElement> DetailsAsync(Customer customer, string purchaseId)
    {
        var (status, body) = await SendAsync(sidecar, HttpMethod.Get, $"v1.0/invoke/orchestrator/method/purchases/{purchaseId}", customer.AccessToken);
        return status == HttpStatusCode.OK ? body : throw new InvalidOperationException($"purchase {purchaseId}: {(int)status} {body}");
    }

    public async Task<JsonElement> WaitUntilFinalAsync(Customer customer, string purchaseId, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(120));
        while (true)
        {
            JsonElement? details = null;
            try
            {
                details = await DetailsAsync(customer, purchaseId);
            }
            catch (Exception ex) when (ex is InvalidOperationException or HttpRequestException)
            {
                // The orchestrator may be restarting.
            }

            if (details is { } found && FinalStatuses.Contains(found.GetProperty("status").GetString()))
            {
                return found;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"purchase {purchaseId} did not end: {details}");
            }

            await Task.Delay(500);
        }
    }

    /// <summary>Catalog products (id and price in cents), one page of them.</summary>
    public async Task<IReadOnlyList<(string Id, long PriceCents)>> ProductsAsync(int pageNumber, int pageSize)
    {
        var body = await gateway.GetFromJsonAsync<JsonElement>($"api/v1/products?pageNumber={pageNumber}&pageSize={pageSize}");
        return body.GetProperty("data").GetProperty("items").EnumerateArray()
            .Select(p => (p.GetProperty("id").GetString()!, (long)Math.Round(p.GetProperty("price").GetDecimal() * 100))).ToList();
    }

    public async Task SetStockAsync(string adminToken, string productId, int quantity)
    {
        var response = await FlashSaleOrders.InitAsync(gateway, adminToken, productId, quantity);
        if (response.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException($"init {productId}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>Inventory's totals for a product: available, reserved, sold.</summary>
    public async Task<(long Available, long Reserved, long Sold)> StockAsync(string productId)
    {
        var stock = await gateway.GetFromJsonAsync<JsonElement>($"inventory/{productId}");
        return (stock.GetProperty("available").GetInt64(), stock.GetProperty("reserved").GetInt64(), stock.GetProperty("sold").GetInt64());
    }

    /// <summary>Every payment of a user at Payments (seed 002's list, read as admin).</summary>
    public async Task<IReadOnlyList<JsonElement>> PaymentsOfAsync(string adminToken, string userId)
    {
        var (status, body) = await SendAsync(sidecar, HttpMethod.Get, $"v1.0/invoke/payments/method/api/payments/user/{userId}?limit=100", adminToken);
        return status == HttpStatusCode.OK
            ? body.GetProperty("payments").EnumerateArray().ToList()
            : throw new InvalidOperationException($"payments of {userId}: {(int)status} {body}");
    }

    /// <summary>
    /// Whether Payments' circuit breaker around the card provider would let a call through now: not open, or open with
    /// its break over (Polly moves to half-open only when the next call arrives).
    /// </summary>
    public async Task<bool> ProviderAcceptsCallsAsync(string adminToken)
    {
        var (status, body) = await SendAsync(sidecar, HttpMethod.Get, "v1.0/invoke/payments/method/api/circuit-breaker/status", adminToken);
        if (status != HttpStatusCode.OK) throw new InvalidOperationException($"circuit-breaker status: {(int)status} {body}");
        var provider = body.GetProperty("payment_provider");
        return provider.GetProperty("state").GetString() != "open"
            || (provider.TryGetProperty("next_attempt", out var next) && next.ValueKind == JsonValueKind.String
                && next.GetDateTimeOffset() <= DateTimeOffset.UtcNow);
    }

    /// <summary>An order at Orders (seed 004's internal view, read as admin); its status as 004 spells it.</summary>
    public async Task<string?> OrderStatusAsync(string adminToken, string orderId)
    {
        var (status, body) = await SendAsync(sidecar, HttpMethod.Get, $"v1.0/invoke/orders/method/api/orders/{orderId}", adminToken);
        return status == HttpStatusCode.OK ? body.GetProperty("status").GetString() : null;
    }

    private static async Task<(HttpStatusCode, JsonElement)> SendAsync(HttpClient client, HttpMethod method, string path, string token)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.SendAsync(request);
        return (response.StatusCode, await BodyAsync(response));
    }

    private static async Task<JsonElement> BodyAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return text.StartsWith('{') ? JsonDocument.Parse(text).RootElement.Clone() : JsonDocument.Parse("{}").RootElement.Clone();
    }
}
