using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PurchasePlatform.Catalog.Infrastructure.Outbox;
using PurchasePlatform.Catalog.Tests.Infrastructure;

namespace PurchasePlatform.Catalog.Tests.Api;

/// <summary>POST, PUT and DELETE /api/v1/products: who may, what is checked, and the outbox row written with each change.</summary>
public sealed class ProductAdminTests(CatalogApp app) : IClassFixture<CatalogApp>
{
    private static object NewProduct(string? sku = null, string categoryId = "cat-001-03-02") => new
    {
        name = "Smart Watch Pro",
        slug = "smart-watch-pro-" + Guid.NewGuid().ToString("N")[..6],
        description = "Advanced fitness tracking smartwatch",
        longDescription = "Full detailed description...",
        price = 399.99m,
        compareAtPrice = 499.99m,
        sku = sku ?? "SW-PRO-" + Guid.NewGuid().ToString("N")[..8],
        categoryId,
        images = new[] { new { url = "https://cdn.example.com/products/sw-001-1.jpg", alt = "Smart Watch Front", isPrimary = true } },
        stock = 100,
        tags = new[] { "smartwatch", "fitness", "health" },
        attributes = new[] { new { name = "Color", value = "Silver" } },
        specifications = new Dictionary<string, string> { ["brand"] = "TechWear", ["waterResistance"] = "5ATM" },
    };

    [Fact]
    public async Task An_admin_creates_a_product_and_its_created_event_is_in_the_outbox()
    {
        using var response = await app.SendAsync(HttpMethod.Post, "/api/v1/products", NewProduct(), TestTokens.Admin());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.BodyAsync();
        Assert.Equal("Product created successfully", body.Str("message"));
        var product = body["data"]!;
        var id = product.Str("id");
        Assert.Equal($"/api/v1/products/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal(399.99m, product["price"]!.GetValue<decimal>());
        Assert.Equal(100, product["stock"]!.GetValue<int>());
        Assert.Equal("5ATM", product["specifications"]!.Str("waterResistance"));

        var fetched = await app.GetDataAsync($"/api/v1/products/{id}");
        Assert.Equal("Smart Watch Pro", fetched.Str("name"));

        var row = await app.InDatabaseAsync(db => db.CatalogEvents.SingleAsync(e => e.ProductId == id));
        Assert.Equal("catalog.product_created.v1", row.Topic);
        Assert.Equal(id, JsonNode.Parse(row.Data)!.Str("id"));
        var priceCents = await app.InDatabaseAsync(db => db.Products.Where(p => p.Id == id).Select(p => p.PriceCents).SingleAsync());
        Assert.Equal(39999, priceCents);
    }

    [Fact]
    public async Task A_token_with_the_catalog_write_scope_may_create_too()
    {
        using var response = await app.SendAsync(HttpMethod.Post, "/api/v1/products", NewProduct(), TestTokens.CatalogWriter());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task Without_a_token_writes_answer_401_and_a_customer_gets_403()
    {
        using var anonymous = await app.SendAsync(HttpMethod.Post, "/api/v1/products", NewProduct());
        using var customer = await app.SendAsync(HttpMethod.Post, "/api/v1/products", NewProduct(), TestTokens.Customer(Guid.NewGuid().ToString()));
        using var customerPut = await app.SendAsync(HttpMethod.Put, "/api/v1/products/prod-001", new { price = 1m },
            TestTokens.Customer(Guid.NewGuid().ToString()));
        using var customerDelete = await app.SendAsync(HttpMethod.Delete, "/api/v1/products/prod-001", token: TestTokens.Customer(Guid.NewGuid().ToString()));

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("UNAUTHORIZED", (await anonymous.BodyAsync())["errors"]![0]!.Str("code"));
        Assert.Equal(HttpStatusCode.Forbidden, customer.StatusCode);
        Assert.Equal("FORBIDDEN", (await customer.BodyAsync())["errors"]![0]!.Str("code"));
        Assert.Equal(HttpStatusCode.Forbidden, customerPut.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, customerDelete.StatusCode);
    }

    [Fact]
    public async Task Invalid_fields_answer_400_naming_each()
    {
        using var response = await app.SendAsync(HttpMethod.Post, "/api/v1/products", new
        {
            name = "",
            price = 10.999m,
            compareAtPrice = 5m,
            categoryId = "cat-001",
            images = new[] { new { url = "not a url", isPrimary = true } },
        }, TestTokens.Admin());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var fields = (await response.BodyAsync())["errors"]!.AsArray().Select(e => e!["field"]?.GetValue<string>()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "name", "description", "price", "sku", "compareAtPrice" }, fields);
        Assert.Contains(fields, field => field!.StartsWith("images", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_taken_sku_answers_409_and_an_unknown_category_400()
    {
        using var duplicate = await app.SendAsync(HttpMethod.Post, "/api/v1/products", NewProduct(sku: "HP-001"), TestTokens.Admin());
        using var unknownCategory = await app.SendAsync(HttpMethod.Post, "/api/v1/products", NewProduct(categoryId: "cat-404"), TestTokens.Admin());

        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        var conflict = (await duplicate.BodyAsync())["errors"]![0]!;
        Assert.Equal("ALREADY_EXISTS", conflict.Str("code"));
        Assert.Equal("sku", conflict.Str("field"));
        Assert.Equal(HttpStatusCode.BadRequest, unknownCategory.StatusCode);
        Assert.Equal("categoryId", (await unknownCategory.BodyAsync())["errors"]![0]!.Str("field"));
    }

    [Fact]
    public async Task An_update_changes_only_the_fields_sent_and_records_an_updated_event()
    {
        var before = await app.GetDataAsync("/api/v1/products/prod-020");

        using var response = await app.SendAsync(HttpMethod.Put, "/api/v1/products/prod-020",
            new { name = "Renamed Speaker", price = 379.99m, stock = 120 }, TestTokens.Admin());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.BodyAsync();
        Assert.Equal("Product updated successfully", body.Str("message"));
        var after = await app.GetDataAsync("/api/v1/products/prod-020");
        Assert.Equal("Renamed Speaker", after.Str("name"));
        Assert.Equal(379.99m, after["price"]!.GetValue<decimal>());
        Assert.Equal(120, after["stock"]!.GetValue<int>());
        Assert.Equal(before.Str("sku"), after.Str("sku"));
        Assert.Equal(before.Str("description"), after.Str("description"));

        var row = await app.InDatabaseAsync(db => db.CatalogEvents.SingleAsync(e => e.ProductId == "prod-020"));
        Assert.Equal(CatalogEventTypes.ProductUpdated, row.EventType);
        Assert.Equal("Renamed Speaker", JsonNode.Parse(row.Data)!.Str("name"));
    }

    [Fact]
    public async Task Updating_or_deleting_an_unknown_product_answers_404()
    {
        using var update = await app.SendAsync(HttpMethod.Put, "/api/v1/products/prod-999", new { price = 1m }, TestTokens.Admin());
        using var delete = await app.SendAsync(HttpMethod.Delete, "/api/v1/products/prod-999", token: TestTokens.Admin());

        Assert.Equal(HttpStatusCode.NotFound, update.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
    }

    [Fact]
    public async Task A_deleted_product_is_gone_from_reads_and_its_deleted_event_is_in_the_outbox()
    {
        using var response = await app.SendAsync(HttpMethod.Delete, "/api/v1/products/prod-030", token: TestTokens.Admin());

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        using var get = await app.Client.GetAsync("/api/v1/products/prod-030");
        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        var listed = await app.GetDataAsync("/api/v1/products?category=cat-001-02-01&pageSize=100");
        Assert.DoesNotContain(listed.Items(), p => p.Str("id") == "prod-030");
        using var again = await app.SendAsync(HttpMethod.Delete, "/api/v1/products/prod-030", token: TestTokens.Admin());
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);

        var row = await app.InDatabaseAsync(db => db.CatalogEvents.SingleAsync(e => e.ProductId == "prod-030"));
        Assert.Equal("catalog.product_deleted.v1", row.Topic);
    }

    [Fact]
    public async Task A_rejected_change_writes_no_event()
    {
        using var response = await app.SendAsync(HttpMethod.Put, "/api/v1/products/prod-040", new { sku = "HP-001" }, TestTokens.Admin());

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.False(await app.InDatabaseAsync(db => db.CatalogEvents.AnyAsync(e => e.ProductId == "prod-040")));
    }
}
