using System.Net;
using System.Text.Json;
using EndToEnd.Tests.Platform;
using PurchasePlatform.TestSupport;

namespace EndToEnd.Tests.Shop;

/// <summary>
/// Seed 003's Payment Service routes through the gateway, seed 002's circuit-breaker status by invocation, and the
/// events between Orders and Payments as the pub/sub carries them (issue 6, items 2 and 3).
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class PaymentsThroughGatewayTests(PlatformRun platform) : IAsyncLifetime
{
    private HttpClient _gateway = null!;
    private HttpClient _sidecar = null!;
    private ShopCalls _shop = null!;
    private Customer _ann = null!;
    private Customer _bob = null!;

    public async Task InitializeAsync()
    {
        foreach (var app in new[] { "identity", "gateway", "catalog", "cart", "orders", "payments" }) await platform.WaitUntilReadyAsync(app);
        _gateway = platform.Gateway();
        _sidecar = platform.GatewaySidecar();
        _shop = new ShopCalls(_gateway);
        var customers = await PlatformAccounts.RegisterCustomersAsync(_gateway, 2, 2);
        (_ann, _bob) = (customers[0], customers[1]);
    }

    public Task DisposeAsync()
    {
        _gateway.Dispose();
        _sidecar.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_paid_order_becomes_paid_and_is_refunded_in_part_but_never_beyond_what_was_paid()
    {
        var adminToken = await PlatformAccounts.AdminTokenAsync(_gateway);
        var order = await PlaceAsync(_ann, pageNumber: 9);
        var orderId = order.GetProperty("id").GetString()!;
        var total = order.GetProperty("total").GetDecimal();
        var charge = new { orderId, paymentMethodId = "tok_success", amount = total, currency = "USD" };
        var key = ShopCalls.Key("pay-" + Guid.NewGuid());

        var paid = await _shop.PostAsync("api/v1/payments/process", _ann.AccessToken, charge, key);
        var replayed = await _shop.PostAsync("api/v1/payments/process", _ann.AccessToken, charge, key);
        var twice = await _shop.PostAsync("api/v1/payments/process", _ann.AccessToken, charge, ShopCalls.Key("pay-" + Guid.NewGuid()));

        Assert.True(paid.Status == HttpStatusCode.OK, paid.ToString());
        var paymentId = paid.Data.GetProperty("paymentId").GetString()!;
        Assert.Equal("succeeded", paid.Data.GetProperty("status").GetString());
        Assert.Equal(total, paid.Data.GetProperty("amount").GetDecimal());
        Assert.Equal("1111", paid.Data.GetProperty("last4").GetString());
        Assert.Equal(HttpStatusCode.OK, replayed.Status);
        Assert.Equal("true", replayed.Header("x-idempotent-replay"));
        Assert.Equal(paymentId, replayed.Data.GetProperty("paymentId").GetString());
        Assert.Equal(HttpStatusCode.Conflict, twice.Status);

        var confirmed = await Eventually.UntilAsync(() => _shop.GetAsync($"api/v1/orders/{orderId}", _ann.AccessToken),
            o => o.Status == HttpStatusCode.OK && o.Data.GetProperty("status").GetString() == "paid");
        Assert.Equal(paymentId, confirmed.Data.GetProperty("paymentId").GetString());

        var shown = await _shop.GetAsync($"api/v1/payments/{paymentId}", _ann.AccessToken);
        Assert.Equal(HttpStatusCode.OK, shown.Status);
        Assert.Equal(orderId, shown.Data.GetProperty("orderId").GetString());
        Assert.Empty(shown.Data.GetProperty("refunds").EnumerateArray());
        Assert.Equal(HttpStatusCode.Forbidden, (await _shop.GetAsync($"api/v1/payments/{paymentId}", _bob.AccessToken)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await _shop.GetAsync("api/v1/payments/pay-does-not-exist", _ann.AccessToken)).Status);

        var byCustomer = await _shop.PostAsync($"api/v1/payments/{paymentId}/refund", _ann.AccessToken, new { amount = 1.00m, reason = "mine" },
            ShopCalls.Key("refund-" + Guid.NewGuid()));
        Assert.Equal(HttpStatusCode.Forbidden, byCustomer.Status);
        var partial = await _shop.PostAsync($"api/v1/payments/{paymentId}/refund", adminToken, new { amount = 1.00m, reason = "Scratched box" },
            ShopCalls.Key("refund-" + Guid.NewGuid()));
        Assert.True(partial.Status == HttpStatusCode.OK, partial.ToString());
        Assert.Equal(1.00m, partial.Data.GetProperty("amount").GetDecimal());
        Assert.Equal("succeeded", partial.Data.GetProperty("status").GetString());
        var over = await _shop.PostAsync($"api/v1/payments/{paymentId}/refund", adminToken, new { amount = total, reason = "Everything" },
            ShopCalls.Key("refund-" + Guid.NewGuid()));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, over.Status);
        Assert.Equal("VALIDATION_ERROR", over.ErrorCode);
        Assert.Equal("amount", over.ErrorField);

        var refunded = (await _shop.GetAsync($"api/v1/payments/{paymentId}", _ann.AccessToken)).Data;
        Assert.Equal(1.00m, refunded.GetProperty("refundedAmount").GetDecimal());
        Assert.Single(refunded.GetProperty("refunds").EnumerateArray());
    }

    [Fact]
    public async Task A_declined_card_is_refused_the_order_stays_pending_and_another_card_pays_it()
    {
        var order = await PlaceAsync(_bob, pageNumber: 9, index: 1);
        var orderId = order.GetProperty("id").GetString()!;
        var total = order.GetProperty("total").GetDecimal();

        var declined = await _shop.PostAsync("api/v1/payments/process", _bob.AccessToken,
            new { orderId, paymentMethodId = "tok_decline", amount = total, currency = "USD" }, ShopCalls.Key("pay-" + Guid.NewGuid()));
        var missingKey = await _shop.PostAsync("api/v1/payments/process", _bob.AccessToken,
            new { orderId, paymentMethodId = "tok_success", amount = total, currency = "USD" });
        var unknownCard = await _shop.PostAsync("api/v1/payments/process", _bob.AccessToken,
            new { orderId, paymentMethodId = "tok_nonsense", amount = total, currency = "USD" }, ShopCalls.Key("pay-" + Guid.NewGuid()));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, declined.Status);
        Assert.Equal("PAYMENT_FAILED", declined.ErrorCode);
        Assert.Equal(HttpStatusCode.BadRequest, missingKey.Status);
        Assert.Equal(HttpStatusCode.BadRequest, unknownCard.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _shop.PostAsync("api/v1/payments/process", null,
            new { orderId, paymentMethodId = "tok_success", amount = total, currency = "USD" }, ShopCalls.Key("pay-" + Guid.NewGuid()))).Status);
        Assert.Equal("pending", (await _shop.GetAsync($"api/v1/orders/{orderId}", _bob.AccessToken)).Data.GetProperty("status").GetString());

        var paid = await _shop.PostAsync("api/v1/payments/process", _bob.AccessToken,
            new { orderId, paymentMethodId = "tok_visa", amount = total, currency = "USD" }, ShopCalls.Key("pay-" + Guid.NewGuid()));
        Assert.True(paid.Status == HttpStatusCode.OK, paid.ToString());
        await Eventually.UntilAsync(() => _shop.GetAsync($"api/v1/orders/{orderId}", _bob.AccessToken),
            o => o.Data.GetProperty("status").GetString() == "paid");
    }

    [Fact]
    public async Task The_circuit_breaker_status_is_shown_to_a_caller_with_a_token_by_invocation()
    {
        var internalRoute = new ShopCalls(_sidecar);

        var status = await internalRoute.GetAsync("v1.0/invoke/payments/method/api/circuit-breaker/status", _ann.AccessToken);
        var anonymous = await internalRoute.GetAsync("v1.0/invoke/payments/method/api/circuit-breaker/status");

        Assert.Equal(HttpStatusCode.OK, status.Status);
        var provider = status.Body.GetProperty("payment_provider");
        Assert.Contains(provider.GetProperty("state").GetString(), new[] { "closed", "open", "half-open" });
        Assert.Equal(JsonValueKind.Number, provider.GetProperty("failure_count").ValueKind);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.Status);
    }

    [Fact]
    public async Task Placing_and_paying_an_order_publish_its_events_and_the_payment_confirms_the_order()
    {
        await using var inbox = await EventInbox.OpenAsync(platform, "orders.order_placed.v1", "payments.payment_completed.v1", "orders.order_confirmed.v1");
        var order = await PlaceAsync(_ann, pageNumber: 10);
        var orderId = order.GetProperty("id").GetString()!;

        var placed = await EventAsync(inbox, "order_created", orderId);
        Assert.Equal(order.GetProperty("orderNumber").GetString(), placed.GetProperty("order_number").GetString());
        Assert.Equal(_ann.UserId, placed.GetProperty("user_id").GetString());
        Assert.Equal(order.GetProperty("total").GetDecimal(), placed.GetProperty("data").GetProperty("total_amount").GetDecimal());
        Assert.Equal(order.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("productId").GetString()),
            placed.GetProperty("data").GetProperty("items").EnumerateArray().Select(i => i.GetProperty("product_id").GetString()));

        var paid = await _shop.PostAsync("api/v1/payments/process", _ann.AccessToken,
            new { orderId, paymentMethodId = "tok_success", amount = order.GetProperty("total").GetDecimal(), currency = "USD" },
            ShopCalls.Key("pay-" + Guid.NewGuid()));
        Assert.True(paid.Status == HttpStatusCode.OK, paid.ToString());
        var paymentId = paid.Data.GetProperty("paymentId").GetString();

        var completed = await EventAsync(inbox, "payment_completed", orderId);
        Assert.Equal(paymentId, completed.GetProperty("payment_id").GetString());
        var confirmed = await EventAsync(inbox, "order_confirmed", orderId);
        Assert.Equal(paymentId, confirmed.GetProperty("data").GetProperty("payment_id").GetString());
        var shown = (await _shop.GetAsync($"api/v1/orders/{orderId}", _ann.AccessToken)).Data;
        Assert.Equal("paid", shown.GetProperty("status").GetString());
        Assert.Equal(["pending", "paid"], shown.GetProperty("statusHistory").EnumerateArray().Select(h => h.GetProperty("status").GetString()));
    }

    private static Task<JsonElement> EventAsync(EventInbox inbox, string eventType, string orderId) =>
        Eventually.UntilAsync(
            () => Task.FromResult(inbox.Received.FirstOrDefault(e => e.GetProperty("event_type").GetString() == eventType
                && e.TryGetProperty("order_id", out var id) && id.GetString() == orderId)),
            e => e.ValueKind == JsonValueKind.Object);

    private async Task<JsonElement> PlaceAsync(Customer customer, int pageNumber, int index = 0)
    {
        var product = (await _shop.ProductsInStockAsync(pageNumber, count: index + 1))[index];
        await _shop.FillCartAsync(customer.AccessToken, (product.GetProperty("id").GetString()!, 1));
        return await _shop.PlaceOrderAsync(customer.AccessToken, "checkout-" + Guid.NewGuid());
    }
}
