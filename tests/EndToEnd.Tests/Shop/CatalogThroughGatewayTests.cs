using System.Net;
using System.Text.Json;
using EndToEnd.Tests.Platform;

namespace EndToEnd.Tests.Shop;

/// <summary>Seed 003's Product Catalog routes through the gateway (issue 5, item 1).</summary>
[Collection(PlatformCollection.Name)]
public sealed class CatalogThroughGatewayTests(PlatformRun platform) : IAsyncLifetime
{
    private HttpClient _gateway = null!;
    private ShopCalls _shop = null!;

    public async Task InitializeAsync()
    {
        foreach (var app in new[] { "identity", "gateway", "catalog" }) await platform.WaitUntilReadyAsync(app);
        _gateway = platform.Gateway();
        _shop = new ShopCalls(_gateway);
    }

    public Task DisposeAsync()
    {
        _gateway.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task The_list_pages_filters_by_price_and_category_and_sorts()
    {
        var second = await _shop.GetAsync("api/v1/products?pageNumber=2&pageSize=5");
        Assert.Equal(HttpStatusCode.OK, second.Status);
        Assert.Equal(5, second.Data.GetProperty("items").GetArrayLength());
        Assert.Equal(2, second.Data.GetProperty("pageNumber").GetInt32());
        Assert.True(second.Data.GetProperty("totalCount").GetInt32() >= 200, second.Data.GetProperty("totalCount").ToString());
        Assert.Equal((second.Data.GetProperty("totalCount").GetInt32() + 4) / 5, second.Data.GetProperty("totalPages").GetInt32());
        Assert.True(second.Data.GetProperty("hasPreviousPage").GetBoolean());
        Assert.True(second.Data.GetProperty("hasNextPage").GetBoolean());
        var first = await _shop.GetAsync("api/v1/products?pageNumber=1&pageSize=5");
        Assert.Empty(Ids(first).Intersect(Ids(second)));

        var byPrice = await _shop.GetAsync("api/v1/products?sortBy=price&sortOrder=asc&pageSize=100");
        var prices = Items(byPrice).Select(p => p.GetProperty("price").GetDecimal()).ToList();
        Assert.Equal(prices.Order(), prices);
        var byPriceDescending = await _shop.GetAsync("api/v1/products?sortBy=price&sortOrder=desc&pageSize=3");
        Assert.True(Items(byPriceDescending)[0].GetProperty("price").GetDecimal() >= prices.Max());

        var priced = await _shop.GetAsync("api/v1/products?minPrice=50&maxPrice=100&pageSize=100");
        Assert.NotEmpty(Items(priced));
        Assert.All(Items(priced), p => Assert.InRange(p.GetProperty("price").GetDecimal(), 50m, 100m));

        var department = (await _shop.CategoryTreeAsync())[0];
        var inDepartment = await _shop.GetAsync($"api/v1/products?category={department.GetProperty("slug").GetString()}&pageSize=100");
        var subtree = ShopCalls.Subtree(department).Select(c => c.GetProperty("id").GetString()).ToHashSet();
        Assert.Equal(department.GetProperty("productCount").GetInt32(), inDepartment.Data.GetProperty("totalCount").GetInt32());
        Assert.All(Items(inDepartment), p => Assert.Contains(p.GetProperty("category").GetProperty("id").GetString(), subtree));
    }

    [Fact]
    public async Task Bad_paging_and_sorting_are_refused_with_the_field()
    {
        var tooLarge = await _shop.GetAsync("api/v1/products?pageSize=101");
        Assert.Equal(HttpStatusCode.BadRequest, tooLarge.Status);
        Assert.Equal("pageSize", tooLarge.ErrorField);

        var unknownSort = await _shop.GetAsync("api/v1/products?sortBy=colour");
        Assert.Equal(HttpStatusCode.BadRequest, unknownSort.Status);
        Assert.Equal("sortBy", unknownSort.ErrorField);

        Assert.Equal(HttpStatusCode.BadRequest, (await _shop.GetAsync("api/v1/products/search")).Status);
    }

    [Fact]
    public async Task A_product_is_shown_by_id_and_by_slug_with_reviews_specifications_and_related_products()
    {
        var listed = Items(await _shop.GetAsync("api/v1/products?sortBy=name&pageNumber=3&pageSize=1")).Single();
        var id = listed.GetProperty("id").GetString()!;

        var byId = await _shop.GetAsync($"api/v1/products/{id}");
        var bySlug = await _shop.GetAsync($"api/v1/products/{listed.GetProperty("slug").GetString()}");

        Assert.Equal(HttpStatusCode.OK, byId.Status);
        Assert.Equal(listed.GetProperty("name").GetString(), byId.Data.GetProperty("name").GetString());
        Assert.Equal(listed.GetProperty("price").GetDecimal(), byId.Data.GetProperty("price").GetDecimal());
        Assert.Equal(JsonValueKind.Array, byId.Data.GetProperty("reviews").ValueKind);
        Assert.Equal(JsonValueKind.Object, byId.Data.GetProperty("specifications").ValueKind);
        var related = byId.Data.GetProperty("relatedProducts").EnumerateArray().Select(r => r.GetString()).ToList();
        Assert.InRange(related.Count, 1, 4);
        Assert.DoesNotContain(id, related);
        Assert.Equal(id, bySlug.Data.GetProperty("id").GetString());

        var unknown = await _shop.GetAsync("api/v1/products/prod-does-not-exist");
        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
        Assert.Equal("NOT_FOUND", unknown.ErrorCode);
    }

    [Fact]
    public async Task Search_puts_the_product_named_by_the_query_first_whatever_the_order_of_its_words()
    {
        var product = Items(await _shop.GetAsync("api/v1/products?sortBy=name&pageNumber=7&pageSize=1")).Single();
        var name = product.GetProperty("name").GetString()!;
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(words.Length >= 2, $"'{name}' has one word");

        var exact = await _shop.GetAsync($"api/v1/products/search?q={Uri.EscapeDataString(name)}&pageSize=10");
        var shuffled = await _shop.GetAsync($"api/v1/products/search?q={Uri.EscapeDataString(string.Join(' ', words.Reverse()).ToLowerInvariant())}&pageSize=10");

        Assert.Equal(HttpStatusCode.OK, exact.Status);
        Assert.Equal(name, exact.Data.GetProperty("query").GetString());
        Assert.Equal(name, Items(exact)[0].GetProperty("name").GetString());
        Assert.Contains(product.GetProperty("id").GetString(), Ids(shuffled).Take(3));
        Assert.Equal(name, Items(shuffled)[0].GetProperty("name").GetString());
        Assert.Empty(Items(await _shop.GetAsync("api/v1/products/search?q=zzqqxxnothing")));
    }

    [Fact]
    public async Task Categories_form_a_tree_whose_counts_include_everything_below()
    {
        var roots = await _shop.CategoryTreeAsync();
        var total = (await _shop.GetAsync("api/v1/products?pageSize=1")).Data.GetProperty("totalCount").GetInt32();

        Assert.True(roots.Count >= 2, $"{roots.Count} departments");
        Assert.Contains(roots, r => r.GetProperty("children").EnumerateArray().Any(c => c.GetProperty("children").GetArrayLength() > 0));
        Assert.Equal(total, roots.Sum(r => r.GetProperty("productCount").GetInt32()));
        foreach (var node in roots.SelectMany(ShopCalls.Subtree).Where(c => c.GetProperty("children").GetArrayLength() > 0))
        {
            Assert.True(node.GetProperty("productCount").GetInt32() >= node.GetProperty("children").EnumerateArray().Sum(c => c.GetProperty("productCount").GetInt32()),
                node.GetProperty("slug").GetString());
            Assert.All(node.GetProperty("children").EnumerateArray(), c => Assert.Equal(node.GetProperty("id").GetString(), c.GetProperty("parentId").GetString()));
        }
    }

    [Fact]
    public async Task Reads_carry_an_etag_that_answers_304_until_the_product_changes()
    {
        var adminToken = await PlatformAccounts.AdminTokenAsync(_gateway);
        var product = await CreateProductAsync(adminToken);
        var path = $"api/v1/products/{product.GetProperty("id").GetString()}";

        var read = await _shop.GetAsync(path);
        var etag = read.Header("ETag");
        Assert.NotNull(etag);
        Assert.Contains("max-age=60", read.Header("Cache-Control"));
        var again = await _shop.GetAsync(path, headers: new Dictionary<string, string> { ["If-None-Match"] = etag! });
        Assert.Equal(HttpStatusCode.NotModified, again.Status);
        Assert.Empty(again.Bytes);

        var list = await _shop.GetAsync("api/v1/categories");
        Assert.Equal(HttpStatusCode.NotModified,
            (await _shop.GetAsync("api/v1/categories", headers: new Dictionary<string, string> { ["If-None-Match"] = list.Header("ETag")! })).Status);

        Assert.Equal(HttpStatusCode.OK, (await _shop.PutAsync(path, adminToken, new { price = 12.34m })).Status);
        var changed = await _shop.GetAsync(path, headers: new Dictionary<string, string> { ["If-None-Match"] = etag! });
        Assert.Equal(HttpStatusCode.OK, changed.Status);
        Assert.NotEqual(etag, changed.Header("ETag"));
        Assert.Equal(12.34m, changed.Data.GetProperty("price").GetDecimal());
        Assert.Equal(HttpStatusCode.NoContent, (await _shop.DeleteAsync(path, adminToken)).Status);
    }

    [Fact]
    public async Task Only_an_admin_creates_updates_and_deletes_products()
    {
        var adminToken = await PlatformAccounts.AdminTokenAsync(_gateway);
        var customer = (await PlatformAccounts.RegisterCustomersAsync(_gateway, 1, 1)).Single();
        var leaf = await _shop.LeafCategoryIdAsync();
        var sku = "E2E-" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();
        var body = new { name = $"Trail Lantern {sku}", description = "A lantern for the trail", price = 24.5m, sku, categoryId = leaf, stock = 30 };

        Assert.Equal(HttpStatusCode.Unauthorized, (await _shop.PostAsync("api/v1/products", null, body)).Status);
        var refused = await _shop.PostAsync("api/v1/products", customer.AccessToken, body);
        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
        Assert.Equal("FORBIDDEN", refused.ErrorCode);

        var created = await _shop.PostAsync("api/v1/products", adminToken, body);
        Assert.Equal(HttpStatusCode.Created, created.Status);
        var id = created.Data.GetProperty("id").GetString()!;
        Assert.EndsWith(id, created.Header("Location"));
        Assert.Equal(24.5m, (await _shop.GetAsync($"api/v1/products/{id}")).Data.GetProperty("price").GetDecimal());
        Assert.Equal(HttpStatusCode.Conflict, (await _shop.PostAsync("api/v1/products", adminToken, body with { })).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await _shop.PostAsync("api/v1/products", adminToken, new { name = "No price", sku = sku + "X" })).Status);

        Assert.Equal(HttpStatusCode.Forbidden, (await _shop.PutAsync($"api/v1/products/{id}", customer.AccessToken, new { price = 1m })).Status);
        var updated = await _shop.PutAsync($"api/v1/products/{id}", adminToken, new { name = $"Trail Lantern Pro {sku}" });
        Assert.Equal(HttpStatusCode.OK, updated.Status);
        var shown = (await _shop.GetAsync($"api/v1/products/{id}")).Data;
        Assert.Equal($"Trail Lantern Pro {sku}", shown.GetProperty("name").GetString());
        Assert.Equal(24.5m, shown.GetProperty("price").GetDecimal());
        Assert.Equal(HttpStatusCode.NotFound, (await _shop.PutAsync("api/v1/products/prod-does-not-exist", adminToken, new { price = 1m })).Status);

        Assert.Equal(HttpStatusCode.Unauthorized, (await _shop.DeleteAsync($"api/v1/products/{id}", null)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await _shop.DeleteAsync($"api/v1/products/{id}", customer.AccessToken)).Status);
        Assert.Equal(HttpStatusCode.NoContent, (await _shop.DeleteAsync($"api/v1/products/{id}", adminToken)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await _shop.GetAsync($"api/v1/products/{id}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await _shop.DeleteAsync($"api/v1/products/{id}", adminToken)).Status);
    }

    [Fact]
    public async Task A_review_needs_a_token_and_a_purchase_of_the_product()
    {
        var customer = (await PlatformAccounts.RegisterCustomersAsync(_gateway, 1, 1)).Single();
        var id = Ids(await _shop.GetAsync("api/v1/products?sortBy=name&pageNumber=5&pageSize=1")).Single();
        var review = new { rating = 5, title = "Great", comment = "Works well", orderId = Guid.NewGuid().ToString() };

        Assert.Equal(HttpStatusCode.Unauthorized, (await _shop.PostAsync($"api/v1/products/{id}/reviews", null, review)).Status);
        var refused = await _shop.PostAsync($"api/v1/products/{id}/reviews", customer.AccessToken, review);
        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
        Assert.Equal("FORBIDDEN", refused.ErrorCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await _shop.PostAsync($"api/v1/products/{id}/reviews", customer.AccessToken, review with { rating = 6 })).Status);
        Assert.Equal(0, (await _shop.GetAsync($"api/v1/products/{id}")).Data.GetProperty("reviews").EnumerateArray()
            .Count(r => r.GetProperty("userId").GetString() == customer.UserId));
    }

    private async Task<JsonElement> CreateProductAsync(string adminToken)
    {
        var leaf = await _shop.LeafCategoryIdAsync();
        var sku = "E2E-" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();
        var created = await _shop.PostAsync("api/v1/products", adminToken,
            new { name = $"Camp Kettle {sku}", description = "A kettle", price = 19.99m, sku, categoryId = leaf, stock = 10 });
        Assert.True(created.Status == HttpStatusCode.Created, created.ToString());
        return created.Data;
    }

    private static IReadOnlyList<JsonElement> Items(Answer answer) => answer.Data.GetProperty("items").EnumerateArray().ToList();

    private static IReadOnlyList<string?> Ids(Answer answer) => Items(answer).Select(p => p.GetProperty("id").GetString()).ToList();
}
