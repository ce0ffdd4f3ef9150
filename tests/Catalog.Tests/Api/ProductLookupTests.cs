using System.Net;
using System.Net.Http.Json;
using PurchasePlatform.Catalog.Tests.Infrastructure;

namespace PurchasePlatform.Catalog.Tests.Api;

/// <summary>POST /internal/products/lookup, the route Cart, Orders and the Orchestrator call through Dapr.</summary>
public sealed class ProductLookupTests(CatalogApp app) : IClassFixture<CatalogApp>
{
    [Fact]
    public async Task Known_products_come_back_in_cents_with_stock_and_unknown_ones_are_left_out()
    {
        await app.DeliverAsync(OrderEvents.StockChangedRoute, OrderEvents.StockChanged("prod-002", 0, 1, 42, 1));

        using var response = await app.Client.PostAsJsonAsync("/internal/products/lookup", new { productIds = new[] { "prod-001", "prod-404", "prod-002" } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.BodyAsync();
        Assert.Null(body["success"]);
        var products = body["products"]!.AsArray().Select(p => p!).ToList();
        Assert.Equal(["prod-001", "prod-002"], products.Select(p => p.Str("productId")).ToList());
        var detail = await app.GetDataAsync("/api/v1/products/prod-001");
        Assert.Equal((long)(detail["price"]!.GetValue<decimal>() * 100), products[0]["priceCents"]!.GetValue<long>());
        Assert.Equal("USD", products[0].Str("currency"));
        Assert.Equal(detail.Str("sku"), products[0].Str("sku"));
        Assert.Equal(detail.Str("name"), products[0].Str("name"));
        Assert.Equal(detail["images"]![0]!.Str("url"), products[0].Str("imageUrl"));
        Assert.True(products[0]["isActive"]!.GetValue<bool>());
        Assert.Equal(42, products[1]["stockAvailable"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_deleted_product_is_returned_as_inactive()
    {
        using var delete = await app.SendAsync(HttpMethod.Delete, "/api/v1/products/prod-090", token: TestTokens.Admin());
        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);

        using var response = await app.Client.PostAsJsonAsync("/internal/products/lookup", new { productIds = new[] { "prod-090" } });

        Assert.False((await response.BodyAsync())["products"]![0]!["isActive"]!.GetValue<bool>());
    }

    [Fact]
    public async Task More_than_a_hundred_ids_or_none_at_all_answer_400()
    {
        var ids = Enumerable.Range(1, 101).Select(i => $"prod-{i:000}").ToArray();

        using var tooMany = await app.Client.PostAsJsonAsync("/internal/products/lookup", new { productIds = ids });
        using var missing = await app.Client.PostAsJsonAsync("/internal/products/lookup", new { });
        using var hundred = await app.Client.PostAsJsonAsync("/internal/products/lookup", new { productIds = ids[..100] });

        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal(HttpStatusCode.OK, hundred.StatusCode);
        Assert.Equal(100, (await hundred.BodyAsync())["products"]!.AsArray().Count);
    }
}
