using System.Net;
using System.Net.Http.Headers;
using PurchasePlatform.BuildingBlocks.Tests.Infrastructure;

namespace PurchasePlatform.BuildingBlocks.Tests;

public sealed class JwtAuthenticationTests
{
    [Fact]
    public async Task No_token_is_a_401_envelope()
    {
        await using var app = await TestApp.StartAsync();

        using var response = await app.Client.GetAsync("/api/v1/me");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        var body = ApiV1ErrorEnvelopeTests.AssertEnvelope(await response.JsonAsync(), response);
        Assert.Equal("UNAUTHORIZED", body.GetProperty("errors")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task Unsigned_alg_none_token_is_rejected()
    {
        await using var app = await TestApp.StartAsync();

        using var response = await SendWithTokenAsync(app, "/api/v1/me", TestTokens.Unsigned());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var body = ApiV1ErrorEnvelopeTests.AssertEnvelope(await response.JsonAsync(), response);
        Assert.Equal("INVALID_TOKEN", body.GetProperty("errors")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task Token_signed_with_the_configured_key_is_accepted()
    {
        await using var app = await TestApp.StartAsync();

        using var response = await SendWithTokenAsync(app, "/api/v1/me", TestTokens.Valid("user-77"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("user-77", (await response.JsonAsync()).GetProperty("data").GetProperty("subject").GetString());
    }

    [Fact]
    public async Task Token_signed_with_another_key_is_rejected()
    {
        await using var app = await TestApp.StartAsync();

        using var response = await SendWithTokenAsync(app, "/api/v1/me", TestTokens.SignedWithUntrustedKey());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Token_for_another_audience_is_rejected()
    {
        await using var app = await TestApp.StartAsync();

        using var response = await SendWithTokenAsync(app, "/api/v1/me", TestTokens.ForAudience("someone-else"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Expired_token_is_a_401_with_EXPIRED_TOKEN()
    {
        await using var app = await TestApp.StartAsync();

        using var response = await SendWithTokenAsync(app, "/api/v1/me", TestTokens.Expired());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal("EXPIRED_TOKEN", body.GetProperty("errors")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task Authenticated_caller_without_the_role_is_a_403_envelope()
    {
        await using var app = await TestApp.StartAsync();

        using var response = await SendWithTokenAsync(app, "/api/v1/admin", TestTokens.Valid(roles: "customer"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var body = ApiV1ErrorEnvelopeTests.AssertEnvelope(await response.JsonAsync(), response);
        Assert.Equal("FORBIDDEN", body.GetProperty("errors")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task Caller_with_the_role_passes_the_policy()
    {
        await using var app = await TestApp.StartAsync();

        using var response = await SendWithTokenAsync(app, "/api/v1/admin", TestTokens.Valid(roles: "admin"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task No_token_outside_api_v1_is_a_401_problem()
    {
        await using var app = await TestApp.StartAsync();

        using var response = await app.Client.GetAsync("/me");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.MediaType());
        Assert.Equal(401, (await response.JsonAsync()).GetProperty("status").GetInt32());
    }

    private static Task<HttpResponseMessage> SendWithTokenAsync(TestApp app, string path, string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return app.Client.SendAsync(request);
    }
}
