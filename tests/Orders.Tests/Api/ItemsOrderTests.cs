using System.Net;
using System.Text.Json.Nodes;
using PurchasePlatform.Orders.Events;
using PurchasePlatform.Orders.Tests.Infrastructure;
using static PurchasePlatform.Orders.Tests.Infrastructure.Requests;

namespace PurchasePlatform.Orders.Tests.Api;

/// <summary>Seed 002's <c>POST /api/orders</c> body <c>{ userId, items }</c>: prices come from the catalog, never the client.</summary>
public sealed class ItemsOrderTests(OrdersApp app) : IClassFixture<OrdersApp>
{
    [Fact]
    public async Task Items_are_priced_from_the_catalog_and_answered_in_seed_002s_shape()
    {
        app.Catalog.Has("prod-1", "Mug", 1250);
        app.Catalog.Has("prod-2", "Plate", 1550);
        var user = NewUser();
        using var client = app.Customer(user);
        var body = JsonNode.Parse($$"""
            { "userId": "{{user}}", "items": [ { "productId": "prod-1", "quantity": 2, "price": 0.01 }, { "productId": "prod-2", "quantity": 1, "price": 0.01 } ] }
            """)!;

        using var response = await client.PostWithKeyAsync("/api/orders", body, Guid.NewGuid().ToString());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var order = await response.JsonAsync();
        Assert.Equal(order["id"]!.ToString(), order["orderId"]!.ToString());
        Assert.Equal("pending", order["status"]!.GetValue<string>());
        Assert.Equal(40.50m, order["totalAmount"]!.GetValue<decimal>());
        Assert.Equal(12.50m, order["items"]![0]!["price"]!.GetValue<decimal>());
        var placed = (await app.OutboxAsync(OrderTopics.OrderPlaced)).Single(m => m.Payload.Contains(order["id"]!.ToString()));
        Assert.Null(JsonNode.Parse(placed.Payload)!["data"]!["cart_id"]);
    }

    [Theory]
    [InlineData("""{ "userId": "not-a-user", "items": [ { "productId": "prod-1", "quantity": 1 } ] }""", "ORDER_001")]
    [InlineData("""{ "items": [ { "productId": "prod-1", "quantity": 1 } ] }""", "ORDER_001")]
    [InlineData("""{ "userId": "USER", "items": [] }""", "ORDER_002")]
    public async Task Seed_002s_error_codes_name_what_is_wrong(string json, string code)
    {
        var user = NewUser();
        using var client = app.Customer(user);

        using var response = await client.PostWithKeyAsync("/api/orders", JsonNode.Parse(json.Replace("USER", user))!, Guid.NewGuid().ToString());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(code, (await response.JsonAsync())["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_product_the_catalog_does_not_sell_is_refused()
    {
        var user = NewUser();
        using var client = app.Customer(user);
        var body = JsonNode.Parse($$"""{ "userId": "{{user}}", "items": [ { "productId": "no-such-product", "quantity": 1 } ] }""")!;

        using var response = await client.PostWithKeyAsync("/api/orders", body, Guid.NewGuid().ToString());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("items[0].productId", (await response.JsonAsync())["field"]!.GetValue<string>());
    }
}
