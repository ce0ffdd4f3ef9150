using System.Net;
using PurchasePlatform.Gateway.Tests.Infrastructure;

namespace PurchasePlatform.Gateway.Tests;

public sealed class VersioningTests
{
    [Theory]
    [InlineData("v1")]
    [InlineData("1")]
    [InlineData("V1")]
    public async Task Version_1_in_the_header_is_accepted_and_passed_on(string version)
    {
        await using var gateway = await GatewayHarness.StartAsync();

        using var response = await gateway.SendAsync(HttpMethod.Get, "/api/v1/products", configure: request => request.Headers.Add("X-API-Version", version));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(version, Assert.Single(gateway.Catalog.Received).Header("X-API-Version"));
    }

    [Theory]
    [InlineData("v2")]
    [InlineData("2")]
    [InlineData("latest")]
    public async Task Another_version_in_the_header_is_a_400_UNSUPPORTED_API_VERSION(string version)
    {
        await using var gateway = await GatewayHarness.StartAsync();

        using var response = await gateway.SendAsync(HttpMethod.Get, "/api/v1/products", configure: request => request.Headers.Add("X-API-Version", version));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("UNSUPPORTED_API_VERSION", await response.AssertErrorEnvelopeAsync());
        Assert.Empty(gateway.ReceivedByAnyApp);
    }

    [Fact]
    public async Task Another_version_in_the_path_is_refused_with_UNSUPPORTED_API_VERSION()
    {
        await using var gateway = await GatewayHarness.StartAsync();

        using var response = await gateway.GetAsync("/api/v2/products");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("UNSUPPORTED_API_VERSION", await response.Content.ReadAsStringAsync());
        Assert.Empty(gateway.ReceivedByAnyApp);
    }

    [Theory]
    [InlineData("/api/v1/products")]
    [InlineData("/api/v1/nothing-here")]
    [InlineData("/api/v1/cart")]
    public async Task Every_response_says_it_is_v1(string path)
    {
        await using var gateway = await GatewayHarness.StartAsync();

        using var response = await gateway.GetAsync(path);

        Assert.Equal("v1", response.HeaderValue("X-API-Version"));
    }
}
