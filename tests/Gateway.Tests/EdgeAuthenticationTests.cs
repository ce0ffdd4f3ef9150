using System.Net;
using PurchasePlatform.Gateway.Tests.Infrastructure;

namespace PurchasePlatform.Gateway.Tests;

public sealed class EdgeAuthenticationTests
{
    [Theory]
    [InlineData("POST", "/api/v1/auth/register")]
    [InlineData("POST", "/api/v1/auth/login")]
    [InlineData("POST", "/api/v1/auth/refresh")]
    [InlineData("POST", "/api/v1/users/forgot-password")]
    [InlineData("POST", "/api/v1/users/reset-password")]
    [InlineData("GET", "/api/v1/products")]
    [InlineData("GET", "/api/v1/products/prod-001/reviews")]
    [InlineData("GET", "/api/v1/categories")]
    [InlineData("GET", "/.well-known/openid-configuration")]
    public async Task Anonymous_routes_are_forwarded_without_a_token(string method, string path)
    {
        await using var gateway = await GatewayHarness.StartAsync();

        using var response = await gateway.SendAsync(new HttpMethod(method), path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(Assert.Single(gateway.ReceivedByAnyApp).Header("Authorization"));
    }

    [Theory]
    [InlineData("GET", "/api/v1/users/profile")]
    [InlineData("POST", "/api/v1/auth/logout")]
    [InlineData("GET", "/api/v1/auth/login")]
    [InlineData("POST", "/api/v1/products")]
    [InlineData("POST", "/api/v1/products/prod-001/reviews")]
    [InlineData("DELETE", "/api/v1/categories/cat-001")]
    [InlineData("GET", "/api/v1/cart")]
    [InlineData("GET", "/api/v1/orders/order-100")]
    [InlineData("POST", "/api/v1/webhooks")]
    public async Task Other_routes_without_a_token_are_a_401_envelope_and_go_nowhere(string method, string path)
    {
        await using var gateway = await GatewayHarness.StartAsync();

        using var response = await gateway.SendAsync(new HttpMethod(method), path);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Equal("UNAUTHORIZED", await response.AssertErrorEnvelopeAsync());
        Assert.Empty(gateway.ReceivedByAnyApp);
    }

    [Fact]
    public async Task An_expired_token_is_a_401_with_EXPIRED_TOKEN()
    {
        await using var gateway = await GatewayHarness.StartAsync();

        using var response = await gateway.GetAsync("/api/v1/users/profile", TestTokens.Expired());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("EXPIRED_TOKEN", await response.AssertErrorEnvelopeAsync());
        Assert.Empty(gateway.ReceivedByAnyApp);
    }

    [Fact]
    public async Task A_token_signed_by_another_key_is_a_401_with_INVALID_TOKEN()
    {
        await using var gateway = await GatewayHarness.StartAsync();

        using var response = await gateway.GetAsync("/api/v1/users/profile", TestTokens.SignedWithUntrustedKey());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("INVALID_TOKEN", await response.AssertErrorEnvelopeAsync());
        Assert.Empty(gateway.ReceivedByAnyApp);
    }

    [Fact]
    public async Task A_valid_token_is_forwarded_so_the_service_can_check_it_again()
    {
        await using var gateway = await GatewayHarness.StartAsync();
        var token = TestTokens.Customer();

        using var response = await gateway.GetAsync("/api/v1/users/profile", token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Bearer " + token, Assert.Single(gateway.Identity.Received).Header("Authorization"));
    }

    [Fact]
    public async Task The_gateways_own_health_endpoint_needs_no_token()
    {
        await using var gateway = await GatewayHarness.StartAsync();

        using var response = await gateway.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
