using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using PurchasePlatform.Orders.Events;
using PurchasePlatform.Orders.Tests.Infrastructure;
using static PurchasePlatform.Orders.Tests.Infrastructure.Requests;

namespace PurchasePlatform.Orders.Tests.Api;

/// <summary>Seed 004's get and cancel, seed 002's list and status update, on /api/orders and /orders.</summary>
public sealed class InternalOrderTests(OrdersApp app) : IClassFixture<OrdersApp>
{
    [Theory]
    [InlineData("/api/orders")]
    [InlineData("/orders")]
    public async Task The_customer_gets_their_order_with_its_snapshot(string prefix)
    {
        var user = NewUser();
        var id = await app.PlaceAsync(user);
        using var client = app.Customer(user);

        using var response = await client.GetAsync($"{prefix}/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var order = await response.JsonAsync();
        Assert.Equal("pending", order["status"]!.GetValue<string>());
        Assert.Equal(user, order["userId"]!.GetValue<string>());
        Assert.Equal(59998, order["totals"]!["subtotalCents"]!.GetValue<long>());
        Assert.Equal(user, order["cartSnapshot"]!["userId"]!.GetValue<string>());
        Assert.NotNull(order["cartSnapshot"]!["signature"]);
    }

    [Fact]
    public async Task Another_customer_gets_403_and_an_operator_gets_the_order()
    {
        var id = await app.PlaceAsync(NewUser());
        using var stranger = app.Customer(NewUser());
        using var admin = app.Admin();

        using var refused = await stranger.GetAsync($"/api/orders/{id}");
        using var allowed = await admin.GetAsync($"/api/orders/{id}");

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }

    [Fact]
    public async Task An_unknown_order_is_404_with_ORDER_003()
    {
        using var client = app.Customer(NewUser());

        using var response = await client.GetAsync($"/api/orders/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("ORDER_003", (await response.JsonAsync())["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Cancel_answers_the_canceled_order_and_writes_order_canceled_then_409_once_finalized()
    {
        var user = NewUser();
        var id = await app.PlaceAsync(user);
        using var client = app.Customer(user);

        using var first = await client.PostAsJsonAsync($"/orders/{id}/cancel", new { reason = "customer_request" });
        using var second = await client.PostAsJsonAsync($"/api/orders/{id}/cancel", new { });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var cancelled = await first.JsonAsync();
        Assert.Equal("canceled", cancelled["status"]!.GetValue<string>());
        Assert.Equal("customer_request", cancelled["order"]!["cancellationReason"]!.GetValue<string>());
        Assert.NotNull(cancelled["order"]!["canceledAt"]);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var conflict = await second.JsonAsync();
        Assert.Equal("Order already finalized", conflict["error"]!.GetValue<string>());
        Assert.Equal("canceled", conflict["order"]!["status"]!.GetValue<string>());
        var events = (await app.OutboxAsync(OrderTopics.OrderCanceled)).Where(m => m.Payload.Contains(id.ToString("D"))).ToList();
        var payload = JsonNode.Parse(Assert.Single(events).Payload)!;
        Assert.Equal("customer_request", payload["data"]!["reason"]!.GetValue<string>());
        Assert.Single(await app.OutboxAsync(OrderTopics.OrderStatusChanged), m => m.Payload.Contains(id.ToString("D")));
    }

    [Fact]
    public async Task Cancel_needs_orders_write_and_the_order_to_be_the_callers()
    {
        var user = NewUser();
        var id = await app.PlaceAsync(user);
        using var withoutScope = app.ClientFor(TestTokens.WithScopes(user, "profile orders:read"));
        using var stranger = app.Customer(NewUser());
        using var unknown = app.Customer(user);

        using var noScope = await withoutScope.PostAsJsonAsync($"/api/orders/{id}/cancel", new { });
        using var notTheirs = await stranger.PostAsJsonAsync($"/api/orders/{id}/cancel", new { });
        using var missing = await unknown.PostAsJsonAsync($"/api/orders/{Guid.NewGuid()}/cancel", new { });

        Assert.Equal(HttpStatusCode.Forbidden, noScope.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, notTheirs.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Seed_002s_user_list_filters_by_status_and_pages_with_limit_and_offset()
    {
        var user = NewUser();
        var ids = new List<Guid>();
        for (var i = 0; i < 3; i++) ids.Add(await app.PlaceAsync(user));
        using var client = app.Customer(user);
        using (await client.PostAsJsonAsync($"/api/orders/{ids[0]}/cancel", new { })) { }

        var pending = await (await client.GetAsync($"/api/orders/user/{user}?status=pending&limit=1&offset=1")).JsonAsync();
        var all = await (await client.GetAsync($"/api/orders/user/{user}")).JsonAsync();
        using var stranger = app.Customer(NewUser());
        using var refused = await stranger.GetAsync($"/api/orders/user/{user}");

        Assert.Equal(2, pending["total"]!.GetValue<int>());
        Assert.Single(pending["orders"]!.AsArray());
        Assert.Equal(3, all["orders"]!.AsArray().Count);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task Seed_002s_status_update_confirms_with_a_payment_and_refuses_going_back()
    {
        var id = await app.PlaceAsync(NewUser());
        using var admin = app.Admin();

        using var confirmed = await admin.PutAsJsonAsync($"/api/orders/{id}/status", new { status = "confirmed", paymentId = "pay-456" });
        using var back = await admin.PutAsJsonAsync($"/api/orders/{id}/status", new { status = "pending" });
        using var shipped = await admin.PutAsJsonAsync($"/api/orders/{id}/status", new { status = "shipped", trackingNumber = "1Z" });
        using var illegal = await admin.PutAsJsonAsync($"/api/orders/{id}/status", new { status = "confirmed", paymentId = "pay-457" });

        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        var order = await confirmed.JsonAsync();
        Assert.Equal("confirmed", order["status"]!.GetValue<string>());
        Assert.Equal("pay-456", order["paymentId"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.BadRequest, back.StatusCode);
        Assert.Equal(HttpStatusCode.OK, shipped.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, illegal.StatusCode);
        Assert.Equal("ORDER_004", (await illegal.JsonAsync())["code"]!.GetValue<string>());
        Assert.Single(await app.OutboxAsync(OrderTopics.OrderConfirmed), m => m.Payload.Contains(id.ToString("D")));
    }

    [Fact]
    public async Task A_customer_cannot_change_an_orders_status()
    {
        var user = NewUser();
        var id = await app.PlaceAsync(user);
        using var client = app.Customer(user);

        using var response = await client.PutAsJsonAsync($"/api/orders/{id}/status", new { status = "confirmed", paymentId = "pay-1" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/healthz")]
    [InlineData("/health")]
    public async Task Health_routes_answer_without_a_token(string path)
    {
        using var client = app.CreateClient();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
