using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PurchasePlatform.Inventory.Domain;

namespace PurchasePlatform.Inventory.Tests.Apis;

public sealed class InventoryApiTests : IDisposable
{
    private static readonly string Alice = Guid.NewGuid().ToString("D");
    private static readonly string Bob = Guid.NewGuid().ToString("D");

    private readonly InventoryFactory factory = new();
    private readonly HttpClient anonymous;
    private readonly HttpClient alice;
    private readonly HttpClient bob;
    private readonly HttpClient admin;
    private readonly HttpClient saga;

    public InventoryApiTests()
    {
        anonymous = factory.CreateClient();
        alice = Client(TestTokens.Customer(Alice));
        bob = Client(TestTokens.Customer(Bob));
        admin = Client(TestTokens.Admin(Guid.NewGuid().ToString("D")));
        saga = Client(TestTokens.Service("orchestrator"));
    }

    public void Dispose() => factory.Dispose();

    private HttpClient Client(string token)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static async Task<JsonElement> Json(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }

    private async Task SetStock(string productId, int quantity) =>
        await Json(await admin.PutAsJsonAsync($"/stock/{productId}", new { quantity }), HttpStatusCode.OK);

    private Task<HttpResponseMessage> Order(HttpClient client, string userId, string key, string productId = "iphone-15", int? quantity = null) =>
        client.PostAsJsonAsync("/flash-orders", new { productId, userId, idempotencyKey = key, quantity });

    [Fact]
    public void Configuration_gives_4_shards_24h_key_retention_and_15_minute_holds()
    {
        var options = factory.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<InventoryOptions>>().Value;

        Assert.Equal(4, options.Shards.PerProduct);
        Assert.Equal(TimeSpan.FromHours(24), options.Keys.Retention);
        Assert.Equal(TimeSpan.FromMinutes(15), options.Reservations.HoldFor);
    }

    [Fact]
    public async Task Admin_sets_stock_and_anyone_reads_it()
    {
        var set = await Json(await admin.PutAsJsonAsync("/stock/iphone-15", new { quantity = 10 }), HttpStatusCode.OK);
        var read = await Json(await anonymous.GetAsync("/stock/iphone-15"), HttpStatusCode.OK);

        Assert.Equal("""{"productId":"iphone-15","available":10,"reserved":0,"sold":0,"shards":4}""", set.GetRawText());
        Assert.Equal(set.GetRawText(), read.GetRawText());
    }

    [Fact]
    public async Task Setting_stock_needs_the_inventory_admin_scope()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PutAsJsonAsync("/stock/p", new { quantity = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await alice.PutAsJsonAsync("/stock/p", new { quantity = 1 })).StatusCode);
    }

    [Theory]
    [InlineData("/stock/iphone-15", """{"quantity":-1}""", "quantity")]
    [InlineData("/stock/iphone-15", """{}""", "quantity")]
    [InlineData("/stock/bad%20id", """{"quantity":1}""", "productId")]
    public async Task Invalid_stock_requests_are_400_problem_details(string path, string body, string field)
    {
        var response = await admin.PutAsync(path, new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        var problem = await Json(response, HttpStatusCode.BadRequest);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.GetRawText());
    }

    [Fact]
    public async Task Stock_of_a_product_never_set_is_404()
    {
        await Json(await anonymous.GetAsync("/stock/unknown"), HttpStatusCode.NotFound);
        await Json(await Order(alice, Alice, "k", productId: "unknown"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Customer_orders_for_themselves_and_a_repeat_is_a_duplicate()
    {
        await SetStock("iphone-15", 3);

        var first = await Json(await Order(alice, Alice, "key-1"), HttpStatusCode.OK);
        var again = await Json(await Order(alice, Alice, "key-1"), HttpStatusCode.OK);

        Assert.Equal("accepted", first.GetProperty("result").GetString());
        Assert.Equal("duplicate", again.GetProperty("result").GetString());
        Assert.Equal(first.GetProperty("orderId").GetGuid(), again.GetProperty("orderId").GetGuid());
        Assert.Equal(Alice, first.GetProperty("userId").GetString());
        Assert.Equal(1, first.GetProperty("quantity").GetInt32());
        Assert.Equal(factory.Clock.Now, first.GetProperty("acceptedAt").GetDateTimeOffset());
        var stock = await Json(await anonymous.GetAsync("/stock/iphone-15"), HttpStatusCode.OK);
        Assert.Equal(1, stock.GetProperty("sold").GetInt32());
    }

    [Fact]
    public async Task Sold_out_answers_sold_out_without_an_accepted_time()
    {
        await SetStock("iphone-15", 0);

        var answer = await Json(await Order(alice, Alice, "key-1"), HttpStatusCode.OK);

        Assert.Equal("sold_out", answer.GetProperty("result").GetString());
        Assert.False(answer.TryGetProperty("acceptedAt", out _));
    }

    [Fact]
    public async Task Ordering_for_someone_else_is_403_unless_admin()
    {
        await SetStock("iphone-15", 3);

        await Json(await Order(alice, Bob, "key-1"), HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Order(anonymous, Alice, "key-1")).StatusCode);
        var byAdmin = await Json(await Order(admin, Bob, "key-1"), HttpStatusCode.OK);
        Assert.Equal("accepted", byAdmin.GetProperty("result").GetString());
    }

    [Theory]
    [InlineData("""{"productId":"iphone-15","userId":"U","quantity":1}""", "idempotencyKey")]
    [InlineData("""{"productId":"iphone 15","userId":"U","idempotencyKey":"k"}""", "productId")]
    [InlineData("""{"productId":"iphone-15","userId":"U","idempotencyKey":"k","quantity":11}""", "quantity")]
    [InlineData("""{"productId":"iphone-15","userId":"U","idempotencyKey":"k","quantity":0}""", "quantity")]
    [InlineData("""{"productId":"iphone-15","idempotencyKey":"k"}""", "userId")]
    public async Task Invalid_orders_are_400(string body, string field)
    {
        var response = await alice.PostAsync("/flash-orders", new StringContent(body.Replace("\"U\"", $"\"{Alice}\""),
            System.Text.Encoding.UTF8, "application/json"));

        var problem = await Json(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.GetRawText());
    }

    [Fact]
    public async Task Owner_and_admin_read_an_order_another_customer_gets_404()
    {
        await SetStock("iphone-15", 8);
        var orderId = (await Json(await Order(alice, Alice, "key-1", quantity: 2), HttpStatusCode.OK)).GetProperty("orderId").GetGuid();

        var view = await Json(await alice.GetAsync($"/flash-orders/{orderId}"), HttpStatusCode.OK);

        Assert.Equal(orderId, view.GetProperty("orderId").GetGuid());
        Assert.Equal("iphone-15", view.GetProperty("productId").GetString());
        Assert.Equal(Alice, view.GetProperty("userId").GetString());
        Assert.Equal(2, view.GetProperty("quantity").GetInt32());
        Assert.Equal("accepted", view.GetProperty("status").GetString());
        Assert.False(view.TryGetProperty("cancelledAt", out _));
        await Json(await admin.GetAsync($"/flash-orders/{orderId}"), HttpStatusCode.OK);
        await Json(await bob.GetAsync($"/flash-orders/{orderId}"), HttpStatusCode.NotFound);
        await Json(await bob.PostAsync($"/flash-orders/{orderId}/cancel", null), HttpStatusCode.NotFound);
        await Json(await alice.GetAsync($"/flash-orders/{Guid.NewGuid()}"), HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.NotFound, (await alice.GetAsync("/flash-orders/not-a-guid")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/flash-orders/{orderId}")).StatusCode);
    }

    [Fact]
    public async Task Cancel_returns_the_stock_and_a_second_cancel_gives_the_same_view()
    {
        await SetStock("iphone-15", 3);
        var orderId = (await Json(await Order(alice, Alice, "key-1"), HttpStatusCode.OK)).GetProperty("orderId").GetGuid();

        var cancelled = await Json(await alice.PostAsync($"/flash-orders/{orderId}/cancel", null), HttpStatusCode.OK);
        var again = await Json(await admin.PostAsync($"/flash-orders/{orderId}/cancel", null), HttpStatusCode.OK);

        Assert.Equal("cancelled", cancelled.GetProperty("status").GetString());
        Assert.Equal(factory.Clock.Now, cancelled.GetProperty("cancelledAt").GetDateTimeOffset());
        Assert.Equal(cancelled.GetRawText(), again.GetRawText());
        var stock = await Json(await anonymous.GetAsync("/stock/iphone-15"), HttpStatusCode.OK);
        Assert.Equal(3, stock.GetProperty("available").GetInt32());
        Assert.Equal(0, stock.GetProperty("sold").GetInt32());
    }

    [Fact]
    public async Task Reservation_round_trip()
    {
        await SetStock("iphone-15", 4);

        var reserved = await Json(await saga.PostAsJsonAsync("/reservations", new { productId = "iphone-15", key = "saga-1", quantity = 1 }), HttpStatusCode.OK);
        var again = await Json(await saga.PostAsJsonAsync("/reservations", new { productId = "iphone-15", key = "saga-1", quantity = 1 }), HttpStatusCode.OK);
        var confirmed = await Json(await saga.PostAsync("/reservations/iphone-15/saga-1/confirm", null), HttpStatusCode.OK);
        var confirmedAgain = await Json(await saga.PostAsync("/reservations/iphone-15/saga-1/confirm", null), HttpStatusCode.OK);
        var unknown = await Json(await saga.PostAsync("/reservations/iphone-15/nope/release", null), HttpStatusCode.OK);

        Assert.Equal("reserved", reserved.GetProperty("result").GetString());
        Assert.Equal("saga-1", reserved.GetProperty("key").GetString());
        Assert.Equal(factory.Clock.Now.AddMinutes(15), reserved.GetProperty("expiresAt").GetDateTimeOffset());
        Assert.Equal("duplicate", again.GetProperty("result").GetString());
        Assert.Equal("""{"result":"confirmed"}""", confirmed.GetRawText());
        Assert.Equal("""{"result":"already_confirmed"}""", confirmedAgain.GetRawText());
        Assert.Equal("""{"result":"not_found"}""", unknown.GetRawText());
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync("/reservations/iphone-15/saga-1/release", null)).StatusCode);
        await Json(await saga.PostAsJsonAsync("/reservations", new { productId = "iphone-15", key = "", quantity = 1 }), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Only_inventory_admin_holds_confirms_releases_or_returns_stock()
    {
        await SetStock("iphone-15", 4);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync("/reservations", new { productId = "iphone-15", key = "saga-9", quantity = 1 })).StatusCode);

        Assert.Equal(HttpStatusCode.Forbidden, (await alice.PostAsJsonAsync("/reservations", new { productId = "iphone-15", key = "saga-1", quantity = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await alice.PostAsync("/reservations/iphone-15/saga-9/confirm", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await alice.PostAsync("/reservations/iphone-15/saga-9/release", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await alice.PostAsync("/reservations/iphone-15/saga-9/return", null)).StatusCode);

        var stock = await Json(await anonymous.GetAsync("/stock/iphone-15"), HttpStatusCode.OK);
        Assert.Equal(3, stock.GetProperty("available").GetInt32());
        Assert.Equal(1, stock.GetProperty("reserved").GetInt32());
    }

    [Fact]
    public async Task Return_puts_a_confirmed_reservation_back_once()
    {
        await SetStock("iphone-15", 8);
        var reserved = await Json(await saga.PostAsJsonAsync("/reservations", new { productId = "iphone-15", key = "saga-1", quantity = 2 }), HttpStatusCode.OK);
        Assert.Equal("reserved", reserved.GetProperty("result").GetString());
        await Json(await saga.PostAsJsonAsync("/reservations", new { productId = "iphone-15", key = "saga-2", quantity = 1 }), HttpStatusCode.OK);
        var notConfirmed = await Json(await saga.PostAsync("/reservations/iphone-15/saga-1/return", null), HttpStatusCode.OK);
        await Json(await saga.PostAsync("/reservations/iphone-15/saga-1/confirm", null), HttpStatusCode.OK);

        var returned = await Json(await saga.PostAsync("/reservations/iphone-15/saga-1/return", null), HttpStatusCode.OK);
        var again = await Json(await saga.PostAsync("/reservations/iphone-15/saga-1/return", null), HttpStatusCode.OK);
        var unknown = await Json(await saga.PostAsync("/reservations/iphone-15/nope/return", null), HttpStatusCode.OK);

        Assert.Equal("""{"result":"not_confirmed"}""", notConfirmed.GetRawText());
        Assert.Equal("""{"result":"returned"}""", returned.GetRawText());
        Assert.Equal("""{"result":"already_returned"}""", again.GetRawText());
        Assert.Equal("""{"result":"not_found"}""", unknown.GetRawText());
        var stock = await Json(await anonymous.GetAsync("/stock/iphone-15"), HttpStatusCode.OK);
        Assert.Equal(7, stock.GetProperty("available").GetInt32());
        Assert.Equal(1, stock.GetProperty("reserved").GetInt32());
        Assert.Equal(0, stock.GetProperty("sold").GetInt32());
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync("/reservations/iphone-15/saga-1/return", null)).StatusCode);
    }

    [Fact]
    public async Task A_failing_shard_is_a_5xx_and_the_retry_finds_the_same_order()
    {
        await SetStock("iphone-15", 4);
        var shards = (Fakes.InProcessShards)factory.Services.GetRequiredService<PurchasePlatform.Inventory.Stock.IStockShards>();
        shards.Get("iphone-15", OrderKeys.FlashStartShard(Alice, "iphone-15", "key-1", 4)).FailAfter(1);

        var failed = await Order(alice, Alice, "key-1");
        var retried = await Json(await Order(alice, Alice, "key-1"), HttpStatusCode.OK);

        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        Assert.Equal("duplicate", retried.GetProperty("result").GetString());
        Assert.Equal(1, (await Json(await anonymous.GetAsync("/stock/iphone-15"), HttpStatusCode.OK)).GetProperty("sold").GetInt32());
    }
}
