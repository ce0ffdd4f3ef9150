using System.Net;
using System.Net.Http.Headers;
using PurchasePlatform.Catalog.Tests.Infrastructure;

namespace PurchasePlatform.Catalog.Tests.Api;

public sealed class CachingTests(CatalogApp app) : IClassFixture<CatalogApp>
{
    [Theory]
    [InlineData("/api/v1/products?pageSize=5")]
    [InlineData("/api/v1/products/prod-010")]
    [InlineData("/api/v1/products/search?q=coffee")]
    [InlineData("/api/v1/categories")]
    public async Task Reads_carry_an_ETag_and_Cache_Control_and_answer_304_to_the_same_tag(string path)
    {
        using var first = await app.Client.GetAsync(path);
        var etag = first.Headers.ETag;

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.NotNull(etag);
        Assert.False(etag.IsWeak);
        Assert.True(first.Headers.CacheControl?.Public);
        Assert.Equal(TimeSpan.FromSeconds(60), first.Headers.CacheControl?.MaxAge);

        using var again = await app.SendAsync(HttpMethod.Get, path, configure: request => request.Headers.IfNoneMatch.Add(etag));
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync());
        Assert.Equal(etag, again.Headers.ETag);

        using var other = await app.SendAsync(HttpMethod.Get, path,
            configure: request => request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"something-else\"")));
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task A_change_to_the_product_changes_its_ETag()
    {
        using var before = await app.Client.GetAsync("/api/v1/products/prod-011");
        var etag = before.Headers.ETag!;

        using var update = await app.SendAsync(HttpMethod.Put, "/api/v1/products/prod-011", new { price = 123.45m }, TestTokens.Admin());
        Assert.Equal(HttpStatusCode.OK, update.StatusCode);

        using var after = await app.SendAsync(HttpMethod.Get, "/api/v1/products/prod-011", configure: request => request.Headers.IfNoneMatch.Add(etag));
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(etag, after.Headers.ETag);
        Assert.Equal(123.45m, (await after.BodyAsync())["data"]!["price"]!.GetValue<decimal>());
    }
}
