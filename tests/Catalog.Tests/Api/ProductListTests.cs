using System.Net;
using System.Text.Json.Nodes;
using PurchasePlatform.Catalog.Infrastructure.Seeding;
using PurchasePlatform.Catalog.Tests.Infrastructure;

namespace PurchasePlatform.Catalog.Tests.Api;

/// <summary>GET /api/v1/products on the untouched seed catalog: paging, filters and sorting.</summary>
public sealed class ProductListTests(CatalogApp app) : IClassFixture<CatalogApp>
{
    [Fact]
    public async Task Lists_the_first_page_of_twenty_with_the_pagination_figures()
    {
        var data = await app.GetDataAsync("/api/v1/products");

        Assert.Equal(20, data.Items().Count);
        Assert.Equal(1, data["pageNumber"]!.GetValue<int>());
        Assert.Equal(20, data["pageSize"]!.GetValue<int>());
        var total = data["totalCount"]!.GetValue<int>();
        Assert.True(total >= 200, $"{total} products");
        Assert.Equal((total + 19) / 20, data["totalPages"]!.GetValue<int>());
        Assert.False(data["hasPreviousPage"]!.GetValue<bool>());
        Assert.True(data["hasNextPage"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_product_in_the_list_has_the_documented_fields_with_decimal_prices()
    {
        var data = await app.GetDataAsync("/api/v1/products?pageSize=100&sortBy=price&sortOrder=asc");
        var product = data.Items()[0];

        foreach (var field in new[] { "id", "name", "slug", "description", "price", "compareAtPrice", "sku", "category", "images", "stock", "inStock",
                     "rating", "reviewCount", "tags", "attributes", "createdAt", "updatedAt" })
        {
            Assert.True(product.AsObject().ContainsKey(field), $"missing {field}: {product}");
        }

        Assert.Equal(System.Text.Json.JsonValueKind.Number, JsonValueKind(product["price"]!));
        Assert.Equal(SeedProducts.Create().Min(p => p.PriceCents) / 100m, product["price"]!.GetValue<decimal>());
        Assert.NotNull(product["category"]!["slug"]);
        Assert.True(product["images"]!.AsArray()[0]!["isPrimary"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Pages_do_not_overlap_and_the_last_page_is_partial()
    {
        var first = await app.GetDataAsync("/api/v1/products?pageNumber=1&pageSize=100&sortBy=name");
        var total = first["totalCount"]!.GetValue<int>();
        var lastNumber = first["totalPages"]!.GetValue<int>();
        var last = await app.GetDataAsync($"/api/v1/products?pageNumber={lastNumber}&pageSize=100&sortBy=name");

        Assert.Equal(100, first.Items().Count);
        Assert.Equal(total - ((lastNumber - 1) * 100), last.Items().Count);
        Assert.Empty(first.Items().Select(p => p.Str("id")).Intersect(last.Items().Select(p => p.Str("id"))));
        Assert.False(last["hasNextPage"]!.GetValue<bool>());
        Assert.True(last["hasPreviousPage"]!.GetValue<bool>());
    }

    [Theory]
    [InlineData("pageSize=101", "pageSize")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageNumber=0", "pageNumber")]
    [InlineData("sortBy=color", "sortBy")]
    [InlineData("sortOrder=up", "sortOrder")]
    [InlineData("minPrice=-1", "minPrice")]
    [InlineData("minPrice=500&maxPrice=100", "maxPrice")]
    public async Task Invalid_query_values_answer_400_naming_the_field(string query, string field)
    {
        using var response = await app.Client.GetAsync($"/api/v1/products?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.BodyAsync();
        Assert.False(body["success"]!.GetValue<bool>());
        Assert.Contains(body["errors"]!.AsArray(), error => error!["field"]?.GetValue<string>() == field);
    }

    [Fact]
    public async Task A_category_includes_the_products_of_its_subcategories()
    {
        var electronics = await app.GetDataAsync("/api/v1/products?category=electronics&pageSize=100");
        var audio = await app.GetDataAsync("/api/v1/products?category=cat-001-01&pageSize=100");
        var headphones = await app.GetDataAsync("/api/v1/products?category=electronics-audio-headphones&pageSize=100");
        var speakers = await app.GetDataAsync("/api/v1/products?category=electronics-audio-speakers&pageSize=100");

        Assert.Equal(headphones["totalCount"]!.GetValue<int>() + speakers["totalCount"]!.GetValue<int>(), audio["totalCount"]!.GetValue<int>());
        Assert.True(electronics["totalCount"]!.GetValue<int>() > audio["totalCount"]!.GetValue<int>());
        Assert.All(headphones.Items(), product => Assert.Equal("cat-001-01-01", product["category"]!.Str("id")));
        Assert.All(audio.Items(), product => Assert.StartsWith("cat-001-01-", product["category"]!.Str("id")));
    }

    [Fact]
    public async Task An_unknown_category_lists_nothing()
    {
        var data = await app.GetDataAsync("/api/v1/products?category=no-such-category");

        Assert.Empty(data.Items());
        Assert.Equal(0, data["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Price_bounds_are_inclusive_and_in_currency_units()
    {
        var all = await app.GetDataAsync("/api/v1/products?pageSize=100&sortBy=price&sortOrder=asc&category=books");
        var prices = all.Items().Select(p => p["price"]!.GetValue<decimal>()).ToList();
        var low = prices[2];
        var high = prices[^3];

        var filtered = await app.GetDataAsync($"/api/v1/products?pageSize=100&category=books&minPrice={low}&maxPrice={high}");

        var expected = prices.Count(price => price >= low && price <= high);
        Assert.Equal(expected, filtered["totalCount"]!.GetValue<int>());
        Assert.All(filtered.Items(), p => Assert.InRange(p["price"]!.GetValue<decimal>(), low, high));
    }

    [Theory]
    [InlineData("price", "asc")]
    [InlineData("price", "desc")]
    [InlineData("name", "asc")]
    [InlineData("name", "desc")]
    [InlineData("createdAt", "asc")]
    [InlineData("createdAt", "desc")]
    public async Task Sorts_by_the_field_in_the_order_asked(string sortBy, string sortOrder)
    {
        var data = await app.GetDataAsync($"/api/v1/products?pageSize=100&sortBy={sortBy}&sortOrder={sortOrder}");
        var keys = data.Items().Select(p => p[sortBy]!.ToString()).ToList();
        IComparer<string> comparer = sortBy == "price"
            ? Comparer<string>.Create((a, b) => decimal.Parse(a, System.Globalization.CultureInfo.InvariantCulture)
                .CompareTo(decimal.Parse(b, System.Globalization.CultureInfo.InvariantCulture)))
            : StringComparer.Ordinal;

        var expected = sortOrder == "asc" ? keys.Order(comparer).ToList() : keys.OrderDescending(comparer).ToList();
        Assert.Equal(expected, keys);
        Assert.NotEqual(keys[0], keys[^1]);
    }

    private static System.Text.Json.JsonValueKind JsonValueKind(JsonNode node) => node.GetValueKind();
}
