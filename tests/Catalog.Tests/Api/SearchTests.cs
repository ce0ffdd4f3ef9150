using System.Net;
using PurchasePlatform.Catalog.Tests.Infrastructure;

namespace PurchasePlatform.Catalog.Tests.Api;

public sealed class SearchTests(CatalogApp app) : IClassFixture<CatalogApp>
{
    [Fact]
    public async Task A_name_match_ranks_above_a_tag_match_which_ranks_above_a_description_match()
    {
        var admin = TestTokens.Admin();
        var inDescription = await CreateAsync(admin, "Copper Pour-Over Kettle", "A kettle with a zephyrine finish", []);
        var inTags = await CreateAsync(admin, "Brass Gooseneck Kettle", "A precise gooseneck kettle", ["zephyrine"]);
        var inName = await CreateAsync(admin, "Zephyrine Travel Kettle", "A small kettle for trips", []);

        var data = await app.GetDataAsync("/api/v1/products/search?q=Zephyrine");

        Assert.Equal([inName, inTags, inDescription], data.Items().Select(p => p.Str("id")).ToList());
        Assert.Equal("Zephyrine", data.Str("query"));
        Assert.Equal(3, data["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Every_term_found_ranks_above_some_terms_found_and_a_word_prefix_matches()
    {
        var data = await app.GetDataAsync("/api/v1/products/search?q=noise%20canceling%20headph&pageSize=100");
        var items = data.Items();

        Assert.NotEmpty(items);
        Assert.Contains("Noise-Canceling Headphones", items[0].Str("name"));
        Assert.Contains(items, p => !p.Str("name").Contains("Noise-Canceling", StringComparison.Ordinal));
        var firstWithout = items.FindIndex(p => !p.Str("name").Contains("Noise-Canceling", StringComparison.Ordinal));
        var lastWith = items.FindLastIndex(p => p.Str("name").Contains("Noise-Canceling Headphones", StringComparison.Ordinal));
        Assert.True(lastWith < firstWithout, $"a full match at {lastWith} after a partial one at {firstWithout}");
    }

    [Fact]
    public async Task Search_pages_through_every_match_once()
    {
        var first = await app.GetDataAsync("/api/v1/products/search?q=laptop&pageSize=4");
        var total = first["totalCount"]!.GetValue<int>();
        var ids = new List<string>();
        for (var page = 1; page <= first["totalPages"]!.GetValue<int>(); page++)
        {
            ids.AddRange((await app.GetDataAsync($"/api/v1/products/search?q=laptop&pageSize=4&pageNumber={page}")).Items().Select(p => p.Str("id")));
        }

        Assert.True(total > 4);
        Assert.Equal(total, ids.Count);
        Assert.Equal(total, ids.Distinct().Count());
    }

    [Fact]
    public async Task Nothing_matching_is_an_empty_result()
    {
        var data = await app.GetDataAsync("/api/v1/products/search?q=qwxzvbnm");

        Assert.Empty(data.Items());
        Assert.Equal(0, data["totalCount"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("/api/v1/products/search")]
    [InlineData("/api/v1/products/search?q=")]
    [InlineData("/api/v1/products/search?q=%20-%20")]
    [InlineData("/api/v1/products/search?q=tent&pageSize=500")]
    public async Task A_missing_or_empty_query_or_a_bad_page_answers_400(string path)
    {
        using var response = await app.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.BodyAsync())["errors"]![0]!["field"]);
    }

    private async Task<string> CreateAsync(string token, string name, string description, string[] tags)
    {
        using var response = await app.SendAsync(HttpMethod.Post, "/api/v1/products", new
        {
            name,
            description,
            price = 49.99m,
            sku = "SRCH-" + Guid.NewGuid().ToString("N")[..8],
            categoryId = "cat-002-02",
            tags,
        }, token);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.BodyAsync())["data"]!.Str("id");
    }
}
