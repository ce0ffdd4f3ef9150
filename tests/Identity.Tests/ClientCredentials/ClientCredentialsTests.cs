using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace PurchasePlatform.Identity.Tests.ClientCredentials;

[Collection(ServiceClientIdentityCollection.Name)]
public sealed class ClientCredentialsTests(ServiceClientIdentityApp identity)
{
    private const string TokenPath = "/api/v1/auth/token";

    [Fact]
    public async Task A_registered_client_gets_a_signed_service_token_with_its_configured_scopes()
    {
        using var response = await identity.Client.PostAsync(TokenPath, Form(("grant_type", "client_credentials"), ("client_id", "orchestrator"),
            ("client_secret", ServiceClientIdentityApp.OrchestratorSecret)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Bearer", body.GetProperty("token_type").GetString());
        Assert.Equal(3600, body.GetProperty("expires_in").GetInt32());

        var token = await ValidateAsync(body.GetProperty("access_token").GetString()!);
        Assert.Equal("orchestrator", token.Subject);
        Assert.Equal("orchestrator", token.GetClaim("client_id").Value);
        Assert.Equal("Service", token.GetClaim("role").Value);
        Assert.Equal("orders:admin payments:admin inventory:admin", token.GetClaim("scope").Value);
        Assert.False(token.TryGetClaim("email", out _));
    }

    [Fact]
    public async Task The_grant_is_also_accepted_as_json_and_with_http_basic_credentials()
    {
        using var json = await identity.Client.PostAsJsonAsync(TokenPath, new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = "orchestrator", ["client_secret"] = ServiceClientIdentityApp.OrchestratorSecret,
        });
        using var basic = new HttpRequestMessage(HttpMethod.Post, TokenPath) { Content = Form(("grant_type", "client_credentials")) };
        basic.Headers.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"orchestrator:{ServiceClientIdentityApp.OrchestratorSecret}")));
        using var basicResponse = await identity.Client.SendAsync(basic);

        Assert.Equal(HttpStatusCode.OK, json.StatusCode);
        Assert.Equal(HttpStatusCode.OK, basicResponse.StatusCode);
    }

    [Theory]
    [InlineData("orchestrator", "wrong-secret")]
    [InlineData("orchestrator", "orchestrator-test-secret-3c5d9")]
    [InlineData("stranger", ServiceClientIdentityApp.OrchestratorSecret)]
    public async Task A_wrong_secret_or_an_unknown_client_is_refused_with_invalid_client(string clientId, string secret)
    {
        using var response = await identity.Client.PostAsync(TokenPath, Form(("grant_type", "client_credentials"), ("client_id", clientId),
            ("client_secret", secret)));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("invalid_client", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());
    }

    [Theory]
    [InlineData("password", "orchestrator", ServiceClientIdentityApp.OrchestratorSecret, "unsupported_grant_type")]
    [InlineData("", "orchestrator", ServiceClientIdentityApp.OrchestratorSecret, "unsupported_grant_type")]
    [InlineData("client_credentials", "", ServiceClientIdentityApp.OrchestratorSecret, "invalid_request")]
    [InlineData("client_credentials", "orchestrator", "", "invalid_request")]
    public async Task A_malformed_request_is_refused_with_400(string grantType, string clientId, string secret, string error)
    {
        using var response = await identity.Client.PostAsync(TokenPath, Form(("grant_type", grantType), ("client_id", clientId), ("client_secret", secret)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(error, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());
    }

    [Fact]
    public async Task A_client_may_ask_for_fewer_of_its_scopes_but_not_for_others()
    {
        using var fewer = await identity.Client.PostAsync(TokenPath, Form(("grant_type", "client_credentials"), ("client_id", "orchestrator"),
            ("client_secret", ServiceClientIdentityApp.OrchestratorSecret), ("scope", "orders:admin")));
        using var more = await identity.Client.PostAsync(TokenPath, Form(("grant_type", "client_credentials"), ("client_id", "orchestrator"),
            ("client_secret", ServiceClientIdentityApp.OrchestratorSecret), ("scope", "orders:admin users:admin")));

        var token = await ValidateAsync((await fewer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString()!);
        Assert.Equal("orders:admin", token.GetClaim("scope").Value);
        Assert.Equal(HttpStatusCode.BadRequest, more.StatusCode);
        Assert.Equal("invalid_scope", (await more.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());
    }

    private static FormUrlEncodedContent Form(params (string Name, string Value)[] fields) =>
        new(fields.Select(field => new KeyValuePair<string, string>(field.Name, field.Value)));

    // Checked like any service checks a token: Identity's published keys, issuer and audience.
    private async Task<JsonWebToken> ValidateAsync(string token)
    {
        var jwks = new JsonWebKeySet(await identity.Client.GetStringAsync("/.well-known/jwks.json"));
        var result = await new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = "purchase-platform",
            ValidAudience = "purchase-platform-api",
            IssuerSigningKeys = jwks.GetSigningKeys(),
        });
        Assert.True(result.IsValid, result.Exception?.Message);
        return (JsonWebToken)result.SecurityToken;
    }
}
