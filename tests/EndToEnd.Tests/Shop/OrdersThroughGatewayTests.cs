using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using EndToEnd.Tests.Platform;

namespace EndToEnd.Tests.Shop;

/// <summary>Seed 003's Order Service routes through the gateway, and seed 004's alias and signed snapshots (issue 6, item 1).</summary>
[Collection(PlatformCollection.Name)]
public sealed class OrdersThroughGatewayTests(PlatformRun platform) : IAsyncLifetime
{
    private HttpClient _gateway = null!;
    private HttpClient _sidecar = null!;
    private ShopCalls _shop = null!;
    private Customer _ann = null!;
    private Customer _bob = null!;

    public async Task InitializeAsync()
    {
        foreach (var app in new[] { "identity", "gateway", "catalog", "cart", "orders" }) await platform.WaitUntilReadyAsync(app);
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
    public async Task An_order_is_placed_from_the_cart_once_per_idempotency_key()
    {
        var products = await _shop.ProductsInStockAsync(pageNumber: 5, count: 2);
        var cart = await _shop.FillCartAsync(_ann.AccessToken, (products[0].GetProperty("id").GetString()!, 2), (products[1].GetProperty("id").GetString()!, 1));
        var key = ShopCalls.Key("checkout-" + Guid.NewGuid());

        var placed = await _shop.PostAsync("api/v1/orders", _ann.AccessToken, new { notes = "Leave at the door" }, key);
        var replayed = await _shop.PostAsync("api/v1/orders", _ann.AccessToken, new { notes = "Leave at the door" }, key);
        var otherBody = await _shop.PostAsync("api/v1/orders", _ann.AccessToken, new { notes = "Ring twice" }, key);

        Assert.Equal(HttpStatusCode.Created, placed.Status);
        var order = placed.Data;
        Assert.EndsWith($"/api/v1/orders/{order.GetProperty("id").GetString()}", placed.Header("Location"));
        Assert.Matches(@"^ORD-\d{4}-\d{6}$", order.GetProperty("orderNumber").GetString());
        Assert.Equal("pending", order.GetProperty("status").GetString());
        Assert.Equal(_ann.UserId, order.GetProperty("userId").GetString());
        Assert.Equal("Leave at the door", order.GetProperty("notes").GetString());
        Assert.Equal(cart.GetProperty("total").GetDecimal(), order.GetProperty("total").GetDecimal());
        Assert.Equal(
            cart.GetProperty("items").EnumerateArray().Select(i => (i.GetProperty("productId").GetString(), i.GetProperty("quantity").GetInt32(), i.GetProperty("price").GetDecimal())).Order(),
            order.GetProperty("items").EnumerateArray().Select(i => (i.GetProperty("productId").GetString(), i.GetProperty("quantity").GetInt32(), i.GetProperty("price").GetDecimal())).Order());

        Assert.Equal(HttpStatusCode.OK, replayed.Status);
        Assert.Equal("true", replayed.Header("x-idempotent-replay"));
        Assert.Equal(order.GetProperty("id").GetString(), replayed.Data.GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, otherBody.Status);
        Assert.Single(await OrdersOfAsync(_ann));
    }

    [Fact]
    public async Task Ten_parallel_identical_checkouts_make_one_order()
    {
        var product = (await _shop.ProductsInStockAsync(pageNumber: 5, count: 3)).Last();
        await _shop.FillCartAsync(_bob.AccessToken, (product.GetProperty("id").GetString()!, 1));
        var key = ShopCalls.Key("checkout-" + Guid.NewGuid());

        var answers = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => _shop.PostAsync("api/v1/orders", _bob.AccessToken, new { notes = "once" }, key)));

        Assert.All(answers, a => Assert.True(a.Status is HttpStatusCode.Created or HttpStatusCode.OK, a.ToString()));
        Assert.Single(answers, a => a.Status == HttpStatusCode.Created);
        Assert.Single(answers.Select(a => a.Data.GetProperty("id").GetString()).Distinct());
        Assert.Single(await OrdersOfAsync(_bob));
    }

    [Fact]
    public async Task The_customer_reads_lists_and_cancels_an_order_with_a_reason()
    {
        var order = await PlaceAsync(_ann, pageNumber: 6);
        var id = order.GetProperty("id").GetString()!;

        var shown = await _shop.GetAsync($"api/v1/orders/{id}", _ann.AccessToken);
        Assert.Equal(HttpStatusCode.OK, shown.Status);
        Assert.Equal(["pending"], shown.Data.GetProperty("statusHistory").EnumerateArray().Select(h => h.GetProperty("status").GetString()));
        Assert.Equal(HttpStatusCode.Forbidden, (await _shop.GetAsync($"api/v1/orders/{id}", _bob.AccessToken)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await _shop.GetAsync($"api/v1/orders/{Guid.NewGuid()}", _ann.AccessToken)).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _shop.GetAsync($"api/v1/orders/{id}")).Status);

        var listed = (await _shop.GetAsync("api/v1/orders?pageNumber=1&pageSize=10", _ann.AccessToken)).Data;
        var summary = Assert.Single(listed.GetProperty("items").EnumerateArray());
        Assert.Equal(id, summary.GetProperty("id").GetString());
        Assert.Equal(order.GetProperty("total").GetDecimal(), summary.GetProperty("total").GetDecimal());
        Assert.Equal(1, listed.GetProperty("totalCount").GetInt32());
        Assert.Empty((await _shop.GetAsync("api/v1/orders", _bob.AccessToken)).Data.GetProperty("items").EnumerateArray());
        Assert.Equal(HttpStatusCode.BadRequest, (await _shop.GetAsync("api/v1/orders?status=lost", _ann.AccessToken)).Status);

        Assert.Equal(HttpStatusCode.Forbidden, (await _shop.PostAsync($"api/v1/orders/{id}/cancel", _bob.AccessToken, new { reason = "not mine" })).Status);
        var cancelled = await _shop.PostAsync($"api/v1/orders/{id}/cancel", _ann.AccessToken, new { reason = "Changed my mind" });
        Assert.Equal(HttpStatusCode.OK, cancelled.Status);
        Assert.Equal("cancelled", cancelled.Data.GetProperty("status").GetString());
        Assert.Equal("Changed my mind", cancelled.Data.GetProperty("cancelReason").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await _shop.PostAsync($"api/v1/orders/{id}/cancel", _ann.AccessToken, new { reason = "again" })).Status);

        var after = (await _shop.GetAsync($"api/v1/orders/{id}", _ann.AccessToken)).Data;
        Assert.Equal(["pending", "cancelled"], after.GetProperty("statusHistory").EnumerateArray().Select(h => h.GetProperty("status").GetString()));
        Assert.Equal(id, Assert.Single((await _shop.GetAsync("api/v1/orders?status=cancelled", _ann.AccessToken)).Data.GetProperty("items").EnumerateArray()).GetProperty("id").GetString());
        Assert.Empty((await _shop.GetAsync("api/v1/orders?status=pending", _ann.AccessToken)).Data.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task The_orders_alias_shows_the_order_to_its_owner_only()
    {
        var id = (await PlaceAsync(_ann, pageNumber: 6)).GetProperty("id").GetString()!;

        var own = await _shop.GetAsync($"orders/{id}", _ann.AccessToken);
        var other = await _shop.GetAsync($"orders/{id}", _bob.AccessToken);
        var anonymous = await _shop.GetAsync($"orders/{id}");

        Assert.Equal(HttpStatusCode.OK, own.Status);
        Assert.Equal(id, own.Body.GetProperty("id").GetString());
        Assert.Equal("pending", own.Body.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, other.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.Status);
        Assert.Equal(HttpStatusCode.NotFound, (await _shop.GetAsync($"orders/{Guid.NewGuid()}", _ann.AccessToken)).Status);

        Assert.Equal(HttpStatusCode.Forbidden, (await _shop.PostAsync($"orders/{id}/cancel", _bob.AccessToken, new { reason = "not mine" })).Status);
        var cancelled = await _shop.PostAsync($"orders/{id}/cancel", _ann.AccessToken, new { reason = "Ordered twice" });
        Assert.Equal(HttpStatusCode.OK, cancelled.Status);
        Assert.Equal("canceled", cancelled.Body.GetProperty("status").GetString());
        var again = await _shop.PostAsync($"orders/{id}/cancel", _ann.AccessToken, new { reason = "Ordered twice" });
        Assert.Equal(HttpStatusCode.Conflict, again.Status);
        Assert.Equal("Order already finalized", again.Body.GetProperty("error").GetString());
        // Creation on the alias stays internal (API-MAP): the gateway does not forward it.
        Assert.Contains((await _shop.PostAsync("orders", _ann.AccessToken, new { })).Status, new[] { HttpStatusCode.NotFound, HttpStatusCode.MethodNotAllowed });
    }

    [Fact]
    public async Task The_invoice_is_a_pdf_for_the_owner()
    {
        var id = (await PlaceAsync(_ann, pageNumber: 7)).GetProperty("id").GetString()!;

        var invoice = await _shop.GetAsync($"api/v1/orders/{id}/invoice", _ann.AccessToken, new Dictionary<string, string> { ["Accept"] = "application/pdf" });

        Assert.Equal(HttpStatusCode.OK, invoice.Status);
        Assert.Equal("application/pdf", invoice.ContentHeaders.ContentType?.MediaType);
        Assert.Equal("%PDF-", System.Text.Encoding.ASCII.GetString(invoice.Bytes, 0, 5));
        Assert.True(invoice.Bytes.Length > 1000, $"{invoice.Bytes.Length} bytes");
        Assert.Equal(HttpStatusCode.Forbidden, (await _shop.GetAsync($"api/v1/orders/{id}/invoice", _bob.AccessToken)).Status);
    }

    [Fact]
    public async Task An_admin_moves_an_order_forward_and_an_illegal_transition_is_refused()
    {
        var adminToken = await PlatformAccounts.AdminTokenAsync(_gateway);
        var id = (await PlaceAsync(_ann, pageNumber: 7, index: 1)).GetProperty("id").GetString()!;

        Assert.Equal(HttpStatusCode.Forbidden, (await _shop.PutAsync($"api/v1/orders/{id}/status", _ann.AccessToken, new { status = "shipped" })).Status);
        Assert.Equal(HttpStatusCode.OK, (await _shop.PutAsync($"api/v1/orders/{id}/status", adminToken, new { status = "paid", note = "Paid at the counter" })).Status);
        var shipped = await _shop.PutAsync($"api/v1/orders/{id}/status", adminToken,
            new { status = "shipped", note = "Order shipped via FedEx", trackingNumber = "123456789", carrier = "FedEx" });
        Assert.Equal(HttpStatusCode.OK, shipped.Status);
        Assert.Equal("shipped", shipped.Data.GetProperty("status").GetString());
        Assert.Equal("123456789", shipped.Data.GetProperty("trackingNumber").GetString());
        Assert.Equal("FedEx", shipped.Data.GetProperty("carrier").GetString());

        var backwards = await _shop.PutAsync($"api/v1/orders/{id}/status", adminToken, new { status = "pending" });
        Assert.Equal(HttpStatusCode.Conflict, backwards.Status);
        Assert.Equal("ORDER_004", backwards.ErrorCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await _shop.PutAsync($"api/v1/orders/{id}/status", adminToken, new { status = "lost" })).Status);
        Assert.Equal(HttpStatusCode.Conflict, (await _shop.PostAsync($"api/v1/orders/{id}/cancel", _ann.AccessToken, new { reason = "too late" })).Status);

        var order = (await _shop.GetAsync($"api/v1/orders/{id}", _ann.AccessToken)).Data;
        Assert.Equal("shipped", order.GetProperty("status").GetString());
        Assert.Equal(["pending", "paid", "shipped"], order.GetProperty("statusHistory").EnumerateArray().Select(h => h.GetProperty("status").GetString()));
        Assert.Equal("123456789", order.GetProperty("statusHistory")[2].GetProperty("trackingNumber").GetString());
    }

    [Fact]
    public async Task A_signed_snapshot_places_an_order_internally_and_a_tampered_one_is_refused()
    {
        var product = (await _shop.ProductsInStockAsync(pageNumber: 8, count: 1)).Single();
        await _shop.FillCartAsync(_bob.AccessToken, (product.GetProperty("id").GetString()!, 2));
        var snapshot = JsonNode.Parse((await _shop.PostAsync("api/v1/cart/snapshot", _bob.AccessToken)).Data.GetRawText())!.AsObject();
        var internalRoute = new ShopCalls(_sidecar);
        var tampered = snapshot.DeepClone().AsObject();
        tampered["items"]![0]!["unitPriceCents"] = 1;

        var refused = await internalRoute.PostAsync("v1.0/invoke/orders/method/api/orders", _bob.AccessToken, new { cartSnapshot = tampered },
            ShopCalls.Key("snap-" + Guid.NewGuid()));
        var placed = await internalRoute.PostAsync("v1.0/invoke/orders/method/api/orders", _bob.AccessToken, new { cartSnapshot = snapshot },
            ShopCalls.Key("snap-" + Guid.NewGuid()));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Equal("Invalid snapshot payload", refused.Body.GetProperty("error").GetString());
        Assert.Equal(HttpStatusCode.Created, placed.Status);
        var order = (await _shop.GetAsync($"api/v1/orders/{placed.Body.GetProperty("orderId").GetString()}", _bob.AccessToken)).Data;
        Assert.Equal(2 * product.GetProperty("price").GetDecimal(), order.GetProperty("subtotal").GetDecimal());
    }

    private async Task<JsonElement> PlaceAsync(Customer customer, int pageNumber, int index = 0)
    {
        var product = (await _shop.ProductsInStockAsync(pageNumber, count: index + 1))[index];
        await _shop.FillCartAsync(customer.AccessToken, (product.GetProperty("id").GetString()!, 1));
        var order = await _shop.PlaceOrderAsync(customer.AccessToken, "checkout-" + Guid.NewGuid());
        Assert.Equal(HttpStatusCode.NoContent, (await _shop.DeleteAsync("api/v1/cart", customer.AccessToken)).Status);
        return order;
    }

    private async Task<IReadOnlyList<JsonElement>> OrdersOfAsync(Customer customer)
    {
        var page = await _shop.GetAsync("api/v1/orders?pageSize=100", customer.AccessToken);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        return page.Data.GetProperty("items").EnumerateArray().ToList();
    }
}
