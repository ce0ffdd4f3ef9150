using System.Net;
using PurchasePlatform.Gateway.Tests.Infrastructure;

namespace PurchasePlatform.Gateway.Tests;

public sealed class CorsTests
{
    private const string Shop = "https://shop.example";

    private static readonly Dictionary<string, string?> ShopAllowed = new() { ["Cors:AllowedOrigins:0"] = Shop };

    [Fact]
    public async Task A_preflight_from_an_allowed_origin_is_answered_by_the_gateway()
    {
        await using var gateway = await GatewayHarness.StartAsync(ShopAllowed);

        using var response = await PreflightAsync(gateway, Shop);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(Shop, response.HeaderValue("Access-Control-Allow-Origin"));
        Assert.Contains("POST", response.HeaderValue("Access-Control-Allow-Methods"));
        Assert.Contains("authorization", response.HeaderValue("Access-Control-Allow-Headers"), StringComparison.OrdinalIgnoreCase);
        Assert.Empty(gateway.ReceivedByAnyApp);
    }

    [Fact]
    public async Task A_request_from_an_allowed_origin_may_read_the_platform_headers()
    {
        await using var gateway = await GatewayHarness.StartAsync(ShopAllowed);

        using var response = await gateway.SendAsync(HttpMethod.Get, "/api/v1/products", configure: request => request.Headers.Add("Origin", Shop));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Shop, response.HeaderValue("Access-Control-Allow-Origin"));
        var exposed = response.HeaderValue("Access-Control-Expose-Headers");
        Assert.Contains("X-RateLimit-Remaining", exposed);
        Assert.Contains("X-Correlation-Id", exposed);
    }

    [Fact]
    public async Task The_gateways_own_503_keeps_the_cors_headers()
    {
        await using var gateway = await GatewayHarness.StartAsync(ShopAllowed);

        using var response = await gateway.SendAsync(HttpMethod.Get, "/api/v1/orders", TestTokens.Customer(),
            configure: request => request.Headers.Add("Origin", Shop));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(Shop, response.HeaderValue("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Another_origin_is_not_allowed()
    {
        await using var gateway = await GatewayHarness.StartAsync(ShopAllowed);

        using var preflight = await PreflightAsync(gateway, "https://evil.example");
        using var request = await gateway.SendAsync(HttpMethod.Get, "/api/v1/products", configure: r => r.Headers.Add("Origin", "https://evil.example"));

        Assert.Null(preflight.HeaderValue("Access-Control-Allow-Origin"));
        Assert.Null(request.HeaderValue("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Without_configured_origins_no_origin_is_allowed()
    {
        await using var gateway = await GatewayHarness.StartAsync();

        using var preflight = await PreflightAsync(gateway, Shop);

        Assert.Null(preflight.HeaderValue("Access-Control-Allow-Origin"));
    }

    private static Task<HttpResponseMessage> PreflightAsync(GatewayHarness gateway, string origin) =>
        gateway.SendAsync(HttpMethod.Options, "/api/v1/cart", configure: request =>
        {
            request.Headers.Add("Origin", origin);
            request.Headers.Add("Access-Control-Request-Method", "POST");
            request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type");
        });
}
