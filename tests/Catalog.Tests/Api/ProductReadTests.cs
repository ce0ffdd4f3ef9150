using System.Net;
using PurchasePlatform.Catalog.Tests.Infrastructure;

namespace PurchasePlatform.Catalog.Tests.Api;

/// <summary>GET /api/v1/products/{id} and GET /api/v1/categories on the seed catalog.</summary>
public sealed class ProductReadTests(CatalogApp app) : IClassFixture<CatalogApp>
{
    [Fact]
    public async Task A_product_has_its_specifications_reviews_and_related_products_of_the_same_category()
    {
        var product = await app.GetDataAsync("/api/v1/products/prod-001");

        Assert.Equal("prod-001", product.Str("id"));
        Assert.False(string.IsNullOrEmpty(product.Str("longDescription")));
        Assert.False(string.IsNullOrEmpty(product["specifications"]!.Str("brand")));
        Assert.Empty(product["reviews"]!.AsArray());
        var related = product["relatedProducts"]!.AsArray().Select(id => id!.GetValue<string>()).ToList();
        Assert.Equal(4, related.Count);
        Assert.DoesNotContain("prod-001", related);
        foreach (var id in related)
        {
            var other = await app.GetDataAsync($"/api/v1/products/{id}");
            Assert.Equal(product["category"]!.Str("id"), other["category"]!.Str("id"));
        }
    }

    [Fact]
    public async Task A_product_is_found_by_its_slug_too()
    {
        var byId = await app.GetDataAsync("/api/v1/products/prod-002");

        var bySlug = await app.GetDataAsync($"/api/v1/products/{byId.Str("slug")}");

        Assert.Equal("prod-002", bySlug.Str("id"));
    }

    [Fact]
    public async Task An_unknown_product_answers_404_in_the_envelope()
    {
        using var response = await app.Client.GetAsync("/api/v1/products/prod-999");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var body = await response.BodyAsync();
        Assert.False(body["success"]!.GetValue<bool>());
        Assert.Equal("NOT_FOUND", body["errors"]![0]!.Str("code"));
        Assert.Equal("Product with ID 'prod-999' not found", body["errors"]![0]!.Str("message"));
        Assert.NotNull(body["traceId"]);
    }

    [Fact]
    public async Task Categories_form_a_tree_whose_counts_include_every_level_below()
    {
        var roots = (await app.GetDataAsync("/api/v1/categories")).AsArray().Select(node => node!).ToList();
        var total = (await app.GetDataAsync("/api/v1/products?pageSize=1"))["totalCount"]!.GetValue<int>();

        Assert.Equal(total, roots.Sum(root => root["productCount"]!.GetValue<int>()));
        var electronics = roots.Single(root => root.Str("slug") == "electronics");
        Assert.Null(electronics["parentId"]);
        var audio = electronics["children"]!.AsArray().Single(child => child!.Str("slug") == "electronics-audio")!;
        Assert.Equal("cat-001", audio.Str("parentId"));
        var leaves = audio["children"]!.AsArray().Select(leaf => leaf!).ToList();
        Assert.NotEmpty(leaves);
        Assert.Equal(leaves.Sum(leaf => leaf["productCount"]!.GetValue<int>()), audio["productCount"]!.GetValue<int>());
        Assert.Equal(electronics["children"]!.AsArray().Sum(child => child!["productCount"]!.GetValue<int>()), electronics["productCount"]!.GetValue<int>());
        var headphones = await app.GetDataAsync("/api/v1/products?category=electronics-audio-headphones");
        Assert.Equal(headphones["totalCount"]!.GetValue<int>(), leaves.Single(leaf => leaf.Str("id") == "cat-001-01-01")["productCount"]!.GetValue<int>());
    }
}
