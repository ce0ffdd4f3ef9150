using System.Net;
using System.Text;
using PurchasePlatform.Gateway.Tests.Infrastructure;

namespace PurchasePlatform.Gateway.Tests;

public sealed class RoutingTests
{
    [Theory]
    [InlineData("POST", "/api/v1/auth/login", "identity")]
    [InlineData("GET", "/api/v1/users/profile", "identity")]
    [InlineData("GET", "/.well-known/jwks.json", "identity")]
    [InlineData("GET", "/api/v1/products/prod-001", "catalog")]
    [InlineData("GET", "/api/v1/categories", "catalog")]
    public async Task A_public_route_reaches_the_service_that_owns_it_with_the_path_unchanged(string method, string path, string appId)
    {
        await using var gateway = await GatewayHarness.StartAsync();

        using var response = await gateway.SendAsync(new HttpMethod(method), path, TestTokens.Customer());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(appId, (await response.JsonAsync()).GetProperty("app").GetString());
        var received = Assert.Single(gateway.ReceivedByAnyApp);
        Assert.Equal(method, received.Method);
        Assert.Equal(path, received.Path);
    }

    [Fact]
    public async Task Query_body_and_headers_reach_the_service_as_sent()
    {
        await using var gateway = await GatewayHarness.StartAsync();
        var token = TestTokens.For(TestTokens.NewSubject(), "Admin");
        const string json = """{"name":"Smart Watch Pro","price":399.99}""";

        using var response = await gateway.SendAsync(HttpMethod.Post, "/api/v1/products?pageNumber=2&q=smart%20watch", token,
            new StringContent(json, Encoding.UTF8, "application/json"),
            request =>
            {
                request.Headers.Add("X-API-Version", "v1");
                request.Headers.Add("Accept-Language", "de-CH");
            });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var received = Assert.Single(gateway.Catalog.Received);
        Assert.Equal("POST", received.Method);
        Assert.Equal("/api/v1/products", received.Path);
        Assert.Equal("?pageNumber=2&q=smart%20watch", received.Query);
        Assert.Equal(json, received.Body);
        Assert.Equal("Bearer " + token, received.Header("Authorization"));
        Assert.Equal("v1", received.Header("X-API-Version"));
        Assert.Equal("de-CH", received.Header("Accept-Language"));
        Assert.StartsWith("application/json", received.Header("Content-Type"));
    }

    [Fact]
    public async Task The_callers_correlation_id_goes_downstream_and_comes_back()
    {
        await using var gateway = await GatewayHarness.StartAsync();

        using var response = await gateway.SendAsync(HttpMethod.Get, "/api/v1/products", configure: request => request.Headers.Add("X-Correlation-Id", "checkout-42"));

        Assert.Equal("checkout-42", Assert.Single(gateway.Catalog.Received).Header("X-Correlation-Id"));
        Assert.Equal("checkout-42", response.HeaderValue("X-Correlation-Id"));
    }

    [Fact]
    public async Task Without_a_correlation_id_the_gateway_makes_one_and_sends_the_same_downstream_and_back()
    {
        await using var gateway = await GatewayHarness.StartAsync();

        using var response = await gateway.GetAsync("/api/v1/products");

        var echoed = response.HeaderValue("X-Correlation-Id");
        Assert.False(string.IsNullOrEmpty(echoed));
        Assert.Equal(echoed, Assert.Single(gateway.Catalog.Received).Header("X-Correlation-Id"));
    }

    [Fact]
    public async Task A_correlation_id_unfit_for_logs_is_replaced_by_the_gateways_own_everywhere()
    {
        await using var gateway = await GatewayHarness.StartAsync();

        using var response = await gateway.SendAsync(HttpMethod.Get, "/api/v1/products", configure: request =>
            request.Headers.TryAddWithoutValidation("X-Correlation-Id", "two words"));

        var echoed = response.HeaderValue("X-Correlation-Id");
        Assert.NotEqual("two words", echoed);
        Assert.Equal(echoed, Assert.Single(gateway.Catalog.Received).Header("X-Correlation-Id"));
    }

    [Fact]
    public async Task The_gateway_authenticates_to_a_sidecar_that_demands_an_api_token()
    {
        await using var gateway = await GatewayHarness.StartAsync(sidecarApiToken: "sidecar-secret");

        using var response = await gateway.GetAsync("/api/v1/products");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("catalog", (await response.JsonAsync()).GetProperty("app").GetString());
    }

    [Fact]
    public async Task A_client_cannot_choose_the_target_app_with_its_own_dapr_headers()
    {
        await using var gateway = await GatewayHarness.StartAsync();

        using var response = await gateway.SendAsync(HttpMethod.Get, "/api/v1/products", configure: request =>
        {
            request.Headers.Add("dapr-app-id", "identity");
            request.Headers.Add("dapr-api-token", "guessed");
        });

        Assert.Equal("catalog", (await response.JsonAsync()).GetProperty("app").GetString());
        Assert.Empty(gateway.Identity.Received);
        Assert.Null(Assert.Single(gateway.Catalog.Received).Header("dapr-api-token"));
    }

    [Theory]
    [InlineData("/api/v1/nothing-here")]
    [InlineData("/api/v1")]
    [InlineData("/api/v1/productsandmore")]
    public async Task An_unknown_api_path_is_the_gateways_404_envelope(string path)
    {
        await using var gateway = await GatewayHarness.StartAsync();

        using var response = await gateway.GetAsync(path, TestTokens.Customer());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("NOT_FOUND", await response.AssertErrorEnvelopeAsync());
        Assert.Empty(gateway.ReceivedByAnyApp);
    }

    [Fact]
    public async Task Identitys_internal_user_routes_are_not_exposed()
    {
        await using var gateway = await GatewayHarness.StartAsync();

        using var response = await gateway.GetAsync("/api/users/" + TestTokens.NewSubject(), TestTokens.Customer());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(gateway.ReceivedByAnyApp);
    }

    [Fact]
    public async Task A_services_own_404_passes_through_unchanged()
    {
        await using var gateway = await GatewayHarness.StartAsync();

        using var response = await gateway.GetAsync("/api/v1/products/missing");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("catalog", response.HeaderValue(DownstreamApp.OwnErrorHeader));
        var body = await response.JsonAsync();
        Assert.Equal("catalog has no such thing", body.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_services_own_500_passes_through_rather_than_being_called_unavailable()
    {
        await using var gateway = await GatewayHarness.StartAsync();

        using var response = await gateway.GetAsync("/api/v1/products/crash");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("catalog", response.HeaderValue(DownstreamApp.OwnErrorHeader));
        Assert.Equal("INTERNAL_ERROR", (await response.JsonAsync()).GetProperty("errors")[0].GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("/api/v1/orders")] // in the run, but nothing listens on its port
    [InlineData("/api/v1/cart")] // not in the run: the sidecar cannot resolve it
    public async Task A_service_the_sidecar_cannot_reach_is_a_503_envelope(string path)
    {
        await using var gateway = await GatewayHarness.StartAsync();

        using var response = await gateway.GetAsync(path, TestTokens.Customer());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("SERVICE_UNAVAILABLE", await response.AssertErrorEnvelopeAsync());
    }

    [Fact]
    public async Task An_unreachable_sidecar_is_a_503_envelope()
    {
        await using var gateway = await GatewayHarness.StartAsync(sidecarDown: true);

        using var response = await gateway.GetAsync("/api/v1/products");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("SERVICE_UNAVAILABLE", await response.AssertErrorEnvelopeAsync());
    }
}
