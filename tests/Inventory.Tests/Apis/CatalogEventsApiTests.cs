using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PurchasePlatform.Inventory.Tests.Apis;

/// <summary><c>catalog.product_created.v1</c> as the sidecar delivers it: a CloudEvent around the catalog's outbox message.</summary>
public sealed class CatalogEventsApiTests : IDisposable
{
    private const string Route = "/events/catalog/product-created";

    private readonly InventoryFactory factory = new();
    private readonly HttpClient sidecar;
    private readonly HttpClient admin;
    private readonly HttpClient saga;

    public CatalogEventsApiTests()
    {
        sidecar = factory.CreateClient();
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

    // CatalogEventRows.Message of a ProductDetailResponse (camelCase), wrapped as Dapr wraps a published message.
    private static StringContent ProductCreated(string productId, int? stock, string? eventId = null)
    {
        var product = new JsonObject
        {
            ["id"] = productId, ["name"] = "Trail Shoe", ["slug"] = "trail-shoe", ["price"] = 89.99m, ["sku"] = "SKU-1",
            ["stock"] = stock, ["inStock"] = stock > 0, ["rating"] = 0, ["reviewCount"] = 0, ["tags"] = new JsonArray(),
        };
        var message = new JsonObject
        {
            ["event_id"] = eventId ?? "evt-" + Guid.NewGuid().ToString("N"), ["event_type"] = "product_created", ["product_id"] = productId,
            ["data"] = product, ["created_at"] = "2026-01-01T12:00:00Z",
        };
        var cloudEvent = new JsonObject
        {
            ["specversion"] = "1.0", ["id"] = message["event_id"]!.GetValue<string>(), ["source"] = "catalog", ["type"] = "com.dapr.event.sent",
            ["topic"] = "catalog.product_created.v1", ["pubsubname"] = "pubsub", ["datacontenttype"] = "application/json", ["data"] = message,
        };
        return new StringContent(cloudEvent.ToJsonString(), Encoding.UTF8, "application/cloudevents+json");
    }

    private async Task<string> Deliver(StringContent cloudEvent)
    {
        var response = await sidecar.PostAsync(Route, cloudEvent);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetString()!;
    }

    private async Task<JsonElement?> Stock(string productId)
    {
        var response = await sidecar.GetAsync($"/stock/{productId}");
        return response.StatusCode == HttpStatusCode.NotFound
            ? null
            : JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    [Fact]
    public async Task Subscription_is_announced_to_the_sidecar()
    {
        var subscriptions = await sidecar.GetFromJsonAsync<JsonElement>("/dapr/subscribe");

        Assert.Contains(subscriptions.EnumerateArray(), s =>
            s.GetProperty("pubsubName").GetString() == "pubsub" && s.GetProperty("topic").GetString() == "catalog.product_created.v1"
            && s.GetProperty("route").GetString() == Route.TrimStart('/'));
    }

    [Fact]
    public async Task New_product_gets_the_catalog_stock()
    {
        Assert.Equal("SUCCESS", await Deliver(ProductCreated("prod-new", 25)));

        var stock = await Stock("prod-new");
        Assert.Equal("""{"productId":"prod-new","available":25,"reserved":0,"sold":0,"shards":4}""", stock?.GetRawText());
    }

    [Fact]
    public async Task Duplicate_delivery_changes_nothing()
    {
        var eventId = "evt-" + Guid.NewGuid().ToString("N");
        Assert.Equal("SUCCESS", await Deliver(ProductCreated("prod-new", 25, eventId)));
        await saga.PostAsJsonAsync("/reservations", new { productId = "prod-new", key = "saga-1", quantity = 5 });
        await saga.PostAsync("/reservations/prod-new/saga-1/confirm", null);

        Assert.Equal("SUCCESS", await Deliver(ProductCreated("prod-new", 25, eventId)));

        Assert.Equal("""{"productId":"prod-new","available":20,"reserved":0,"sold":5,"shards":4}""", (await Stock("prod-new"))?.GetRawText());
    }

    [Fact]
    public async Task Product_an_admin_set_keeps_its_stock_also_after_sales()
    {
        await admin.PutAsJsonAsync("/stock/prod-001", new { quantity = 3 });
        var reserve = await saga.PostAsJsonAsync("/reservations", new { productId = "prod-001", key = "saga-1", quantity = 1 });
        Assert.Equal(HttpStatusCode.OK, reserve.StatusCode);
        await saga.PostAsync("/reservations/prod-001/saga-1/confirm", null);

        Assert.Equal("SUCCESS", await Deliver(ProductCreated("prod-001", 100)));

        Assert.Equal("""{"productId":"prod-001","available":2,"reserved":0,"sold":1,"shards":4}""", (await Stock("prod-001"))?.GetRawText());
    }

    [Theory]
    [InlineData("bad id", 5)]
    [InlineData("prod-x", null)]
    [InlineData("prod-x", -1)]
    public async Task Event_without_usable_product_or_stock_is_dropped(string productId, int? stock)
    {
        Assert.Equal("DROP", await Deliver(ProductCreated(productId, stock)));

        Assert.Null(await Stock("prod-x"));
    }
}
