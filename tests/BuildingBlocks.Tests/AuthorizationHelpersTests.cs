using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using PurchasePlatform.BuildingBlocks.Authentication;
using PurchasePlatform.BuildingBlocks.Tests.Infrastructure;

namespace PurchasePlatform.BuildingBlocks.Tests;

public sealed class AuthorizationHelpersTests
{
    private const string Alice = "2f1b7c1e-7d3a-4e59-9d0c-6b1f0a9e4c21";
    private const string Bob = "9a4e6c2d-1b8f-4a37-8e5d-3c7b2f1a0d64";

    [Theory]
    [InlineData("orders:write")]
    [InlineData("profile orders:read orders:write cart payments")]
    public async Task Token_with_the_scope_passes_RequireScope(string scope)
    {
        await using var app = await TestApp.StartAsync();

        using var response = await SendAsync(app, HttpMethod.Post, "/api/v1/orders", TestTokens.WithScope(Alice, scope));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("orders:read")]
    [InlineData("orders:writes profile")]
    [InlineData("orders")]
    [InlineData("")]
    public async Task Token_without_the_exact_scope_is_a_403_envelope(string scope)
    {
        await using var app = await TestApp.StartAsync();

        using var response = await SendAsync(app, HttpMethod.Post, "/api/v1/orders", TestTokens.WithScope(Alice, scope));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var body = ApiV1ErrorEnvelopeTests.AssertEnvelope(await response.JsonAsync(), response);
        Assert.Equal("FORBIDDEN", body.GetProperty("errors")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task RequireScope_without_a_token_is_a_401()
    {
        await using var app = await TestApp.StartAsync();

        using var response = await app.Client.PostAsync("/api/v1/orders", null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("Admin", HttpStatusCode.OK)]
    [InlineData("Customer", HttpStatusCode.Forbidden)]
    [InlineData("Premium", HttpStatusCode.Forbidden)]
    public async Task RequireRole_lets_only_that_role_in(string role, HttpStatusCode expected)
    {
        await using var app = await TestApp.StartAsync();

        using var response = await SendAsync(app, HttpMethod.Get, "/api/v1/platform-admin", TestTokens.Valid(Alice, role));

        Assert.Equal(expected, response.StatusCode);
    }

    [Theory]
    [InlineData(Alice, "profile", HttpStatusCode.OK)]
    [InlineData(Bob, "profile orders:read orders:write cart payments", HttpStatusCode.Forbidden)]
    [InlineData(Bob, "profile users:admin", HttpStatusCode.OK)]
    public async Task Users_read_their_own_data_and_only_users_admin_reads_others(string caller, string scope, HttpStatusCode expected)
    {
        await using var app = await TestApp.StartAsync();

        using var response = await SendAsync(app, HttpMethod.Get, $"/api/v1/users/{Alice}", TestTokens.WithScope(caller, scope));

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public void Scopes_are_read_from_every_scope_claim_split_on_spaces()
    {
        var user = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim("sub", Alice), new Claim("scope", "profile  cart"), new Claim("scope", "orders:read")], "Bearer"));

        Assert.Equal(["cart", "orders:read", "profile"], user.Scopes().Order());
        Assert.True(user.HasScope("orders:read"));
        Assert.False(user.HasScope("orders"));
        Assert.Equal(Guid.Parse(Alice), user.UserId());
    }

    [Fact]
    public void An_unauthenticated_principal_is_neither_owner_nor_admin()
    {
        var anonymous = new ClaimsPrincipal(new ClaimsIdentity([new Claim("sub", Alice), new Claim("scope", "users:admin")]));

        Assert.False(anonymous.IsOwnerOr(Guid.Parse(Alice), PlatformScopes.UsersAdmin));
        Assert.False(anonymous.IsOwnerOr(Guid.Parse(Bob), PlatformScopes.UsersAdmin));
    }

    private static Task<HttpResponseMessage> SendAsync(TestApp app, HttpMethod method, string path, string token)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return app.Client.SendAsync(request);
    }
}
