using System.Net;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using PurchasePlatform.Identity.Tokens;

namespace PurchasePlatform.Identity.Tests.Tokens;

public sealed class TokenDiscoveryEndpointsTests
{
    [Fact]
    public async Task Discovery_document_names_the_issuer_the_jwks_and_RS256()
    {
        await using var host = await TokenTestHost.StartAsync(new InMemorySigningKeySecrets(TestSigningKeys.NewPem()));

        using var response = await host.Client.GetAsync("/.well-known/openid-configuration");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("public, max-age=300", response.Headers.CacheControl?.ToString());
        var document = await JsonAsync(response);
        Assert.Equal("purchase-platform", document.GetProperty("issuer").GetString());
        Assert.Equal("http://localhost:5000/.well-known/jwks.json", document.GetProperty("jwks_uri").GetString());
        Assert.Equal("http://localhost:5000/api/v1/auth/login", document.GetProperty("token_endpoint").GetString());
        Assert.Equal(["RS256"], document.GetProperty("id_token_signing_alg_values_supported").EnumerateArray().Select(alg => alg.GetString()));
        Assert.Contains("orders:write", document.GetProperty("scopes_supported").EnumerateArray().Select(scope => scope.GetString()));
    }

    [Fact]
    public async Task Discovery_urls_follow_the_public_base_url()
    {
        await using var host = await TokenTestHost.StartAsync(new InMemorySigningKeySecrets(TestSigningKeys.NewPem()),
            new Dictionary<string, string?> { ["Jwt:PublicBaseUrl"] = "https://shop.example/" });

        var document = await JsonAsync(await host.Client.GetAsync("/.well-known/openid-configuration"));

        Assert.Equal("https://shop.example/.well-known/jwks.json", document.GetProperty("jwks_uri").GetString());
    }

    [Fact]
    public async Task Jwks_publishes_only_the_public_parts_of_the_current_then_the_previous_key()
    {
        var current = TestSigningKeys.NewPem();
        var previous = TestSigningKeys.NewPem();
        await using var host = await TokenTestHost.StartAsync(new InMemorySigningKeySecrets(current, previous));

        using var response = await host.Client.GetAsync("/.well-known/jwks.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("public, max-age=300", response.Headers.CacheControl?.ToString());
        var keys = (await JsonAsync(response)).GetProperty("keys").EnumerateArray().ToList();
        Assert.Equal([TestSigningKeys.ThumbprintOfPem(current), TestSigningKeys.ThumbprintOfPem(previous)], keys.Select(key => key.GetProperty("kid").GetString()));
        foreach (var key in keys)
        {
            Assert.Equal(["alg", "e", "kid", "kty", "n", "use"], key.EnumerateObject().Select(member => member.Name).Order());
            Assert.Equal("RSA", key.GetProperty("kty").GetString());
            Assert.Equal("sig", key.GetProperty("use").GetString());
            Assert.Equal("RS256", key.GetProperty("alg").GetString());
            Assert.Equal(key.GetProperty("kid").GetString(), TestSigningKeys.Thumbprint(key.GetProperty("n").GetString()!, key.GetProperty("e").GetString()!));
        }
    }

    [Fact]
    public async Task Discovery_and_jwks_need_no_token()
    {
        await using var host = await TokenTestHost.StartAsync(new InMemorySigningKeySecrets(TestSigningKeys.NewPem()));

        using var whoami = await host.Client.GetAsync("/api/v1/whoami");
        using var jwks = await host.Client.GetAsync("/.well-known/jwks.json");

        Assert.Equal(HttpStatusCode.Unauthorized, whoami.StatusCode);
        Assert.Equal(HttpStatusCode.OK, jwks.StatusCode);
    }

    [Fact]
    public async Task A_standard_OpenID_client_reading_the_documents_validates_an_issued_token()
    {
        await using var host = await TokenTestHost.StartAsync(new InMemorySigningKeySecrets(TestSigningKeys.NewPem()));
        var token = host.Issuer.Issue(Guid.NewGuid(), "ann@example.com", ["Customer"]);

        // The test server answers whatever host the jwks_uri names.
        var configuration = await OpenIdConnectConfigurationRetriever.GetAsync("http://localhost:5000/.well-known/openid-configuration",
            new HttpDocumentRetriever(host.Client) { RequireHttps = false }, CancellationToken.None);
        var result = await new JsonWebTokenHandler().ValidateTokenAsync(token.Token, new TokenValidationParameters
        {
            ValidIssuer = configuration.Issuer,
            ValidAudience = "purchase-platform-api",
            IssuerSigningKeys = configuration.SigningKeys,
            ValidAlgorithms = configuration.IdTokenSigningAlgValuesSupported,
        });

        Assert.True(result.IsValid, result.Exception?.Message);
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
}
