using System.Net;
using PurchasePlatform.Gateway.Tests.Infrastructure;

namespace PurchasePlatform.Gateway.Tests;

/// <summary>Seed 004's /orders alias: reading and cancelling go to Orders, nothing else of its internal API is public.</summary>
public sealed class OrdersAliasTests
{
    [Theory]
    [InlineData("GET", "/orders/3f2b3c1e-0000-4000-8000-000000000001")]
    [InlineData("POST", "/orders/3f2b3c1e-0000-4000-8000-000000000001/cancel")]
    public async Task Reading_and_cancelling_an_order_are_forwarded_to_the_orders_service(string method, string path)
    {
        await using var gateway = await GatewayHarness.StartAsync();

        // The harness's orders app is down, so a forwarded request ends in the sidecar's 503, not the gateway's 404.
        using var response = await gateway.SendAsync(new HttpMethod(method), path, TestTokens.Customer());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }

    [Theory]
    [InlineData("POST", "/orders", HttpStatusCode.NotFound)]
    [InlineData("PUT", "/orders/3f2b3c1e-0000-4000-8000-000000000001/status", HttpStatusCode.NotFound)]
    [InlineData("GET", "/orders/user/3f2b3c1e-0000-4000-8000-000000000001", HttpStatusCode.NotFound)]
    [InlineData("DELETE", "/orders/3f2b3c1e-0000-4000-8000-000000000001", HttpStatusCode.MethodNotAllowed)]
    public async Task The_rest_of_the_internal_orders_api_is_not_public(string method, string path, HttpStatusCode expected)
    {
        await using var gateway = await GatewayHarness.StartAsync();

        using var response = await gateway.SendAsync(new HttpMethod(method), path, TestTokens.Customer());

        Assert.Equal(expected, response.StatusCode);
        Assert.Empty(gateway.ReceivedByAnyApp);
    }

    [Fact]
    public async Task The_alias_needs_a_token()
    {
        await using var gateway = await GatewayHarness.StartAsync();

        using var response = await gateway.GetAsync("/orders/3f2b3c1e-0000-4000-8000-000000000001");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
