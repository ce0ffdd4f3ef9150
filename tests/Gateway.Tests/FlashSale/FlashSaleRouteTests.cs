using System.Net;
using System.Text.Json;
using PurchasePlatform.Gateway.Tests.Infrastructure;

namespace PurchasePlatform.Gateway.Tests.FlashSale;

/// <summary>Seed 001's routes at the gateway: the seed's shapes and status codes, and what reaches Inventory.</summary>
public sealed class FlashSaleRouteTests : IAsyncLifetime
{
    private FlashSaleHarness gateway = null!;

    public async Task InitializeAsync() => gateway = await FlashSaleHarness.StartAsync();

    public async Task DisposeAsync() => await gateway.DisposeAsync();

    [Fact]
    public async Task Init_with_an_admin_token_sets_the_stock_through_Inventory()
    {
        var token = TestTokens.Admin();

        using var response = await gateway.SendAsync(HttpMethod.Post, "/init", token, new { productId = "iphone-15", quantity = 100 },
            configure: request => request.Headers.Add("X-Correlation-Id", "init-corr-1"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"status":"ok","msg":"Stock initialized for iphone-15 to 100"}""", await response.Content.ReadAsStringAsync());
        var sent = Assert.Single(gateway.Inventory.Received);
        Assert.Equal(("PUT", "/stock/iphone-15"), (sent.Method, sent.Path));
        Assert.Equal(100, JsonDocument.Parse(sent.Body).RootElement.GetProperty("quantity").GetInt32());
        Assert.Equal("Bearer " + token, sent.Header("Authorization"));
        Assert.Equal("init-corr-1", sent.Header("X-Correlation-Id"));
        Assert.Equal(100, gateway.Inventory.Available("iphone-15"));
    }

    [Fact]
    public async Task Init_without_a_token_is_401_and_with_a_customer_token_403_and_neither_reaches_Inventory()
    {
        using var anonymous = await gateway.SendAsync(HttpMethod.Post, "/init", json: new { productId = "p", quantity = 1 });
        using var customer = await gateway.SendAsync(HttpMethod.Post, "/init", TestTokens.Customer(), new { productId = "p", quantity = 1 });
        using var expired = await gateway.SendAsync(HttpMethod.Post, "/init", TestTokens.Expired(), new { productId = "p", quantity = 1 });

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("Bearer", anonymous.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Equal(HttpStatusCode.Forbidden, customer.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, expired.StatusCode);
        Assert.Empty(gateway.Inventory.Received);
    }

    [Theory]
    [InlineData("""{"quantity":5}""")]
    [InlineData("""{"productId":"p"}""")]
    [InlineData("""{"productId":"p","quantity":-1}""")]
    [InlineData("""{"productId":"p","quantity":1.5}""")]
    [InlineData("""{"productId":"no spaces","quantity":1}""")]
    [InlineData("""{"productId":"p","quantity":""")]
    [InlineData("[]")]
    public async Task Init_with_a_bad_body_is_400_with_an_error_and_reaches_nothing(string body)
    {
        using var response = await gateway.SendAsync(HttpMethod.Post, "/init", TestTokens.Admin(),
            configure: request => request.Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(string.IsNullOrEmpty((await response.JsonAsync()).GetProperty("error").GetString()));
        Assert.Empty(gateway.Inventory.Received);
    }

    [Fact]
    public async Task Init_when_Inventory_fails_is_the_seeds_500()
    {
        gateway.Inventory.Failing = true;

        using var response = await gateway.SendAsync(HttpMethod.Post, "/init", TestTokens.Admin(), new { productId = "p", quantity = 1 });

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal("error", body.GetProperty("status").GetString());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("msg").GetString()));
    }

    [Fact]
    public async Task An_order_is_accepted_with_its_orderId_and_Inventory_gets_the_callers_key_token_and_subject()
    {
        gateway.Inventory.Stock("ps5", 2);
        var subject = TestTokens.NewSubject();
        var token = TestTokens.Customer(subject);

        using var response = await gateway.OrderAsync(token, new { productId = "ps5", userId = subject }, "key-1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal("success", body.GetProperty("status").GetString());
        Assert.Equal("Order accepted", body.GetProperty("msg").GetString());
        var orderId = body.GetProperty("orderId").GetString();
        Assert.True(Guid.TryParse(orderId, out _));

        var sent = Assert.Single(gateway.Inventory.Received);
        Assert.Equal(("POST", "/flash-orders"), (sent.Method, sent.Path));
        var order = JsonDocument.Parse(sent.Body).RootElement;
        Assert.Equal("ps5", order.GetProperty("productId").GetString());
        Assert.Equal(subject, order.GetProperty("userId").GetString());
        Assert.Equal("key-1", order.GetProperty("idempotencyKey").GetString());
        Assert.Equal(1, order.GetProperty("quantity").GetInt32());
        Assert.Equal("Bearer " + token, sent.Header("Authorization"));
        Assert.False(string.IsNullOrEmpty(sent.Header("X-Correlation-Id")));
        Assert.Equal(1, gateway.Inventory.Available("ps5"));
    }

    [Fact]
    public async Task The_same_key_again_is_200_ignored_with_the_first_orderId()
    {
        gateway.Inventory.Stock("ps5", 5);
        var token = TestTokens.Customer();

        using var first = await gateway.OrderAsync(token, new { productId = "ps5" }, "key-1");
        using var again = await gateway.OrderAsync(token, new { productId = "ps5" }, "key-1");

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var body = await again.JsonAsync();
        Assert.Equal("ignored", body.GetProperty("status").GetString());
        Assert.Equal("Duplicate request", body.GetProperty("msg").GetString());
        Assert.Equal((await first.JsonAsync()).GetProperty("orderId").GetString(), body.GetProperty("orderId").GetString());
        Assert.Equal(4, gateway.Inventory.Available("ps5"));
    }

    [Fact]
    public async Task Sold_out_is_409_with_the_seeds_body()
    {
        gateway.Inventory.Stock("ps5", 0);

        using var response = await gateway.OrderAsync(TestTokens.Customer(), new { productId = "ps5" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("""{"status":"sold_out","msg":"Inventory empty"}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_order_for_an_unknown_product_is_404()
    {
        using var response = await gateway.OrderAsync(TestTokens.Customer(), new { productId = "never-initialised" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("""{"status":"not_found","msg":"Unknown product"}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_order_without_an_idempotency_key_is_the_seeds_400_and_reaches_nothing()
    {
        gateway.Inventory.Stock("ps5", 5);

        using var response = await gateway.SendAsync(HttpMethod.Post, "/order", TestTokens.Customer(), new { productId = "ps5" });
        using var blank = await gateway.SendAsync(HttpMethod.Post, "/order", TestTokens.Customer(), new { productId = "ps5" }, idempotencyKey: " ");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("""{"error":"Missing Idempotency Key"}""", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, blank.StatusCode);
        Assert.Empty(gateway.Inventory.Received);
    }

    [Theory]
    [InlineData("""{"userId":"x"}""")]
    [InlineData("""{"productId":"ps5","quantity":0}""")]
    [InlineData("""{"productId":"ps5","quantity":11}""")]
    [InlineData("""{"productId":"ps5/../x"}""")]
    [InlineData("not json")]
    public async Task An_order_with_a_bad_body_is_400_and_reaches_nothing(string body)
    {
        using var response = await gateway.SendAsync(HttpMethod.Post, "/order", TestTokens.Customer(), idempotencyKey: "k",
            configure: request => request.Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(string.IsNullOrEmpty((await response.JsonAsync()).GetProperty("error").GetString()));
        Assert.Empty(gateway.Inventory.Received);
    }

    [Fact]
    public async Task An_idempotency_key_over_100_characters_is_400()
    {
        using var response = await gateway.OrderAsync(TestTokens.Customer(), new { productId = "ps5" }, new string('k', 101));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(gateway.Inventory.Received);
    }

    [Fact]
    public async Task An_order_without_a_token_is_401_and_reaches_nothing()
    {
        using var response = await gateway.SendAsync(HttpMethod.Post, "/order", json: new { productId = "ps5" }, idempotencyKey: "k");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(gateway.Inventory.Received);
    }

    [Fact]
    public async Task An_order_for_another_user_is_403_and_reaches_nothing_unless_an_admin_places_it()
    {
        gateway.Inventory.Stock("ps5", 5);
        var someoneElse = TestTokens.NewSubject();

        using var customer = await gateway.OrderAsync(TestTokens.Customer(), new { productId = "ps5", userId = someoneElse });
        Assert.Equal(HttpStatusCode.Forbidden, customer.StatusCode);
        Assert.Empty(gateway.Inventory.Received);

        using var admin = await gateway.OrderAsync(TestTokens.Admin(), new { productId = "ps5", userId = someoneElse });
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
        Assert.Equal(someoneElse, JsonDocument.Parse(Assert.Single(gateway.Inventory.Received).Body).RootElement.GetProperty("userId").GetString());
    }

    [Fact]
    public async Task An_order_when_Inventory_fails_is_the_seeds_500()
    {
        gateway.Inventory.Stock("ps5", 5);
        gateway.Inventory.Failing = true;

        using var response = await gateway.OrderAsync(TestTokens.Customer(), new { productId = "ps5" });

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("""{"status":"error","msg":"Order processing failed"}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Orders_are_not_counted_against_the_callers_plan()
    {
        gateway.Inventory.Stock("ps5", 1000);
        var token = TestTokens.Customer();

        // The Customer plan's burst is 50; the admission bucket's is 50 too, so 50 orders fit in both.
        for (var i = 0; i < 50; i++)
        {
            using var response = await gateway.OrderAsync(token, new { productId = "ps5" });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Null(response.HeaderValue("X-RateLimit-Limit"));
        }

        // Status is counted: the first request of this customer's hour.
        using var status = await gateway.SendAsync(HttpMethod.Get, "/status/" + Guid.NewGuid(), token);
        Assert.Equal("999", status.HeaderValue("X-RateLimit-Remaining"));
    }

    [Fact]
    public async Task Status_and_cancel_answer_Inventorys_order_view()
    {
        gateway.Inventory.Stock("ps5", 1);
        var subject = TestTokens.NewSubject();
        var token = TestTokens.Customer(subject);
        using var placed = await gateway.OrderAsync(token, new { productId = "ps5" });
        var orderId = (await placed.JsonAsync()).GetProperty("orderId").GetString();

        using var status = await gateway.SendAsync(HttpMethod.Get, $"/status/{orderId}", token);
        Assert.Equal(HttpStatusCode.OK, status.StatusCode);
        var view = await status.JsonAsync();
        Assert.Equal(orderId, view.GetProperty("orderId").GetString());
        Assert.Equal("ps5", view.GetProperty("productId").GetString());
        Assert.Equal(subject, view.GetProperty("userId").GetString());
        Assert.Equal(1, view.GetProperty("quantity").GetInt32());
        Assert.Equal("accepted", view.GetProperty("status").GetString());
        Assert.False(view.TryGetProperty("cancelledAt", out _));

        using var cancel = await gateway.SendAsync(HttpMethod.Post, $"/cancel/{orderId}", token);
        Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);
        var cancelled = await cancel.JsonAsync();
        Assert.Equal("cancelled", cancelled.GetProperty("status").GetString());
        Assert.True(cancelled.TryGetProperty("cancelledAt", out _));
        Assert.Equal(1, gateway.Inventory.Available("ps5"));

        var forwarded = gateway.Inventory.Received.Skip(1).ToList();
        Assert.Equal([("GET", $"/flash-orders/{orderId}"), ("POST", $"/flash-orders/{orderId}/cancel")],
            forwarded.Select(request => (request.Method, request.Path)));
        Assert.All(forwarded, request => Assert.Equal("Bearer " + token, request.Header("Authorization")));
    }

    [Theory]
    [InlineData("GET", "/status/")]
    [InlineData("POST", "/cancel/")]
    public async Task Status_and_cancel_of_an_unknown_order_are_404(string method, string path)
    {
        using var response = await gateway.SendAsync(new HttpMethod(method), path + Guid.NewGuid(), TestTokens.Customer());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("""{"status":"not_found","msg":"Unknown order"}""", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("GET", "/status/")]
    [InlineData("POST", "/cancel/")]
    public async Task Status_and_cancel_without_a_token_are_401_and_reach_nothing(string method, string path)
    {
        using var response = await gateway.SendAsync(new HttpMethod(method), path + Guid.NewGuid());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(gateway.Inventory.Received);
    }

    [Theory]
    [InlineData("GET", "/status/")]
    [InlineData("POST", "/cancel/")]
    public async Task Status_and_cancel_when_Inventory_fails_are_500(string method, string path)
    {
        gateway.Inventory.Failing = true;

        using var response = await gateway.SendAsync(new HttpMethod(method), path + Guid.NewGuid(), TestTokens.Customer());

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("error", (await response.JsonAsync()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Inventory_is_readable_without_a_token()
    {
        gateway.Inventory.Stock("ps5", 7);

        using var response = await gateway.SendAsync(HttpMethod.Get, "/inventory/ps5");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var stock = await response.JsonAsync();
        Assert.Equal("ps5", stock.GetProperty("productId").GetString());
        Assert.Equal(7, stock.GetProperty("available").GetInt64());
        Assert.Equal(0, stock.GetProperty("reserved").GetInt64());
        Assert.Equal(0, stock.GetProperty("sold").GetInt64());
        Assert.Equal(4, stock.GetProperty("shards").GetInt32());
        Assert.Null(response.HeaderValue("X-RateLimit-Limit"));
    }

    [Fact]
    public async Task Inventory_of_an_unknown_product_is_404_and_of_a_bad_id_400()
    {
        using var unknown = await gateway.SendAsync(HttpMethod.Get, "/inventory/nothing-here");
        using var bad = await gateway.SendAsync(HttpMethod.Get, "/inventory/" + new string('x', 101));

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("""{"status":"not_found","msg":"Unknown product"}""", await unknown.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task Inventory_when_Inventory_fails_is_500()
    {
        gateway.Inventory.Failing = true;

        using var response = await gateway.SendAsync(HttpMethod.Get, "/inventory/ps5");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
    }

    [Fact]
    public async Task The_waiting_room_is_an_html_page_served_without_a_token()
    {
        using var response = await gateway.SendAsync(HttpMethod.Get, "/waiting-room?productId=ps5");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("flashSale.pendingOrder", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(response.HeaderValue("X-RateLimit-Limit"));
    }
}
