using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PurchasePlatform.Orders.Events;
using PurchasePlatform.Orders.Tests.Infrastructure;
using static PurchasePlatform.Orders.Tests.Infrastructure.Requests;

namespace PurchasePlatform.Orders.Tests.Api;

/// <summary>Seed 004's <c>POST /api/orders</c> (and the <c>/orders</c> alias) with a signed cart snapshot.</summary>
public sealed class CreateOrderTests(OrdersApp app) : IClassFixture<OrdersApp>
{
    [Theory]
    [InlineData("/api/orders")]
    [InlineData("/orders")]
    public async Task A_signed_snapshot_creates_a_pending_order_and_its_order_placed_event(string path)
    {
        var user = NewUser();
        using var client = app.Customer(user);
        var snapshot = Snapshots.Signed(user, Snapshots.Item("prod-1", "Wireless Headphones", 29999, 2));

        using var response = await client.PostWithKeyAsync(path, new JsonObject { ["cartSnapshot"] = snapshot }, Guid.NewGuid().ToString());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Single(body);
        var orderId = Guid.Parse(body["orderId"]!.GetValue<string>());
        var order = await app.InDatabaseAsync(db => db.Orders.AsNoTracking().SingleAsync(o => o.Id == orderId));
        Assert.Equal(user, order.UserId);
        Assert.Equal(59998, order.SubtotalCents);
        Assert.Equal(59998 + 4799, order.TotalCents);
        Assert.Matches(@"^ORD-\d{4}-\d{6}$", order.OrderNumber);
        var placed = (await app.OutboxAsync(OrderTopics.OrderPlaced)).Where(m => m.Payload.Contains(orderId.ToString("D"))).ToList();
        var payload = JsonNode.Parse(Assert.Single(placed).Payload)!;
        Assert.Equal("order_created", payload["event_type"]!.GetValue<string>());
        Assert.Equal(placed[0].Id, payload["event_id"]!.GetValue<string>());
        Assert.Equal(647.97m, payload["data"]!["total_amount"]!.GetValue<decimal>());
        Assert.Equal("prod-1", payload["data"]!["items"]![0]!["product_id"]!.GetValue<string>());
        Assert.Equal(snapshot["cartId"]!.GetValue<string>(), payload["data"]!["cart_id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Without_an_idempotency_key_the_request_is_refused_with_422()
    {
        var user = NewUser();
        using var client = app.Customer(user);

        using var response = await client.PostWithKeyAsync("/api/orders", new JsonObject { ["cartSnapshot"] = Snapshots.Signed(user, Snapshots.Item("p", "P", 100, 1)) }, null);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Idempotency-Key", (await response.JsonAsync())["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_snapshot_whose_signature_does_not_match_is_refused_with_seed_004s_error()
    {
        var user = NewUser();
        using var client = app.Customer(user);
        var snapshot = Snapshots.Signed(user, Snapshots.Item("prod-1", "Wireless Headphones", 29999, 2));
        snapshot["items"]![0]!["unitPriceCents"] = 1;

        using var response = await client.PostWithKeyAsync("/api/orders", new JsonObject { ["cartSnapshot"] = snapshot }, Guid.NewGuid().ToString());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("""{"error":"Invalid snapshot payload"}""", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, await app.InDatabaseAsync(db => db.Orders.CountAsync(o => o.UserId == user)));
    }

    [Fact]
    public async Task The_same_key_and_body_replays_the_first_answer_with_200_and_the_replay_header()
    {
        var user = NewUser();
        using var client = app.Customer(user);
        var body = new JsonObject { ["cartSnapshot"] = Snapshots.Signed(user, Snapshots.Item("prod-1", "Headphones", 1000, 1)) };
        var key = Guid.NewGuid().ToString();

        using var first = await client.PostWithKeyAsync("/api/orders", body, key);
        using var second = await client.PostWithKeyAsync("/api/orders", body.DeepClone(), key);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.False(first.Headers.Contains("x-idempotent-replay"));
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal("true", second.Headers.GetValues("x-idempotent-replay").Single());
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.Equal(1, await app.InDatabaseAsync(db => db.Orders.CountAsync(o => o.UserId == user)));
    }

    [Fact]
    public async Task The_same_key_with_another_body_is_refused_with_422()
    {
        var user = NewUser();
        using var client = app.Customer(user);
        var key = Guid.NewGuid().ToString();

        using var first = await client.PostWithKeyAsync("/api/orders",
            new JsonObject { ["cartSnapshot"] = Snapshots.Signed(user, Snapshots.Item("prod-1", "Headphones", 1000, 1)) }, key);
        using var second = await client.PostWithKeyAsync("/api/orders",
            new JsonObject { ["cartSnapshot"] = Snapshots.Signed(user, Snapshots.Item("prod-1", "Headphones", 1000, 3)) }, key);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, second.StatusCode);
        Assert.Equal(1, await app.InDatabaseAsync(db => db.Orders.CountAsync(o => o.UserId == user)));
    }

    [Fact]
    public async Task Ten_identical_requests_at_once_create_one_order_and_replay_it_nine_times()
    {
        var user = NewUser();
        var body = new JsonObject { ["cartSnapshot"] = Snapshots.Signed(user, Snapshots.Item("prod-1", "Headphones", 1000, 1)) };
        var key = Guid.NewGuid().ToString();
        var clients = Enumerable.Range(0, 10).Select(_ => app.Customer(user)).ToList();

        var responses = await Task.WhenAll(clients.Select(client => client.PostWithKeyAsync("/api/orders", body.DeepClone(), key)));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.Equal(9, responses.Count(r => r.StatusCode == HttpStatusCode.OK && r.Headers.Contains("x-idempotent-replay")));
        var ids = await Task.WhenAll(responses.Select(async r => (await r.JsonAsync())["orderId"]!.GetValue<string>()));
        Assert.Single(ids.Distinct());
        Assert.Equal(1, await app.InDatabaseAsync(db => db.Orders.CountAsync(o => o.UserId == user)));
        Assert.Single(await app.OutboxAsync(OrderTopics.OrderPlaced), m => m.Payload.Contains(ids[0]));
        foreach (var response in responses) response.Dispose();
        foreach (var client in clients) client.Dispose();
    }

    [Fact]
    public async Task A_customer_cannot_place_another_users_snapshot()
    {
        using var client = app.Customer(NewUser());

        using var response = await client.PostWithKeyAsync("/api/orders",
            new JsonObject { ["cartSnapshot"] = Snapshots.Signed(NewUser(), Snapshots.Item("p", "P", 100, 1)) }, Guid.NewGuid().ToString());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Without_a_token_the_request_is_refused_with_401()
    {
        using var client = app.CreateClient();

        using var response = await client.PostWithKeyAsync("/api/orders", new JsonObject(), "k");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Order_numbers_follow_each_other_without_gaps()
    {
        var first = await app.PlaceAsync(NewUser());
        // A refused request in between takes no number.
        using (var client = app.Customer(NewUser()))
        {
            using var refused = await client.PostWithKeyAsync("/api/orders", new JsonObject { ["cartSnapshot"] = "tampered" }, Guid.NewGuid().ToString());
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        }

        var second = await app.PlaceAsync(NewUser());

        var numbers = await app.InDatabaseAsync(db => db.Orders.Where(o => o.Id == first || o.Id == second).ToDictionaryAsync(o => o.Id, o => o.OrderNumber));
        var firstNumber = long.Parse(numbers[first][9..]);
        Assert.Equal(firstNumber + 1, long.Parse(numbers[second][9..]));
        Assert.Equal(numbers[first][..9], numbers[second][..9]);
    }
}
