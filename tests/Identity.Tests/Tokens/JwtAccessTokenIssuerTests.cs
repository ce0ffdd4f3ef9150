using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using PurchasePlatform.Identity.Tokens;

namespace PurchasePlatform.Identity.Tests.Tokens;

public sealed class JwtAccessTokenIssuerTests
{
    private static readonly Guid UserId = Guid.Parse("6d0e4c1a-2b7f-4f3e-9a8d-1c5b7e2f4a90");
    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds());
    private static readonly string Pem = TestSigningKeys.NewPem();

    [Fact]
    public async Task Token_carries_the_user_and_the_platform_claims()
    {
        var (token, _) = await IssueAsync(["Customer", "Premium"]);

        var payload = Payload(token.Token);
        Assert.Equal(UserId.ToString("D"), payload.GetProperty("sub").GetString());
        Assert.Equal("ann@example.com", payload.GetProperty("email").GetString());
        Assert.Equal(["Customer", "Premium"], payload.GetProperty("role").EnumerateArray().Select(role => role.GetString()));
        Assert.Equal("purchase-platform", payload.GetProperty("iss").GetString());
        Assert.Equal("purchase-platform-api", payload.GetProperty("aud").GetString());
        Assert.Equal(token.Id, payload.GetProperty("jti").GetString());
    }

    [Fact]
    public async Task Header_says_RS256_and_names_the_key_by_its_RFC_7638_thumbprint()
    {
        var (token, _) = await IssueAsync(["Customer"]);

        var jwt = new JsonWebToken(token.Token);
        Assert.Equal("RS256", jwt.Alg);
        Assert.Equal("JWT", jwt.Typ);
        Assert.Equal(TestSigningKeys.ThumbprintOfPem(Pem), jwt.Kid);
    }

    [Fact]
    public async Task Token_is_valid_from_now_for_one_hour()
    {
        var (token, _) = await IssueAsync(["Customer"]);

        var payload = Payload(token.Token);
        Assert.Equal(Now.ToUnixTimeSeconds(), payload.GetProperty("iat").GetInt64());
        Assert.Equal(Now.ToUnixTimeSeconds(), payload.GetProperty("nbf").GetInt64());
        Assert.Equal(Now.ToUnixTimeSeconds() + 3600, payload.GetProperty("exp").GetInt64());
        Assert.Equal(3600, token.ExpiresIn);
        Assert.Equal(Now.AddSeconds(3600), token.ExpiresAt);
    }

    [Theory]
    [InlineData("Customer", "profile orders:read orders:write cart payments")]
    [InlineData("Premium", "profile orders:read orders:write cart payments")]
    [InlineData("Admin", "profile orders:read orders:write cart payments catalog:write orders:admin users:admin inventory:admin")]
    [InlineData("Customer,Admin", "profile orders:read orders:write cart payments catalog:write orders:admin users:admin inventory:admin")]
    [InlineData("Customer,Premium", "profile orders:read orders:write cart payments")]
    [InlineData("Auditor", "")]
    [InlineData("", "")]
    public async Task Scopes_follow_the_roles(string roles, string expectedScope)
    {
        var (token, _) = await IssueAsync(roles.Split(',', StringSplitOptions.RemoveEmptyEntries));

        Assert.Equal(expectedScope, Payload(token.Token).GetProperty("scope").GetString());
    }

    [Fact]
    public async Task Each_token_gets_its_own_id()
    {
        var (first, issuer) = await IssueAsync(["Customer"]);
        var second = issuer.Issue(UserId, "ann@example.com", ["Customer"]);

        Assert.NotEqual(first.Id, second.Id);
        Assert.NotEqual(first.Token, second.Token);
    }

    [Fact]
    public async Task Signature_verifies_with_the_public_key_alone()
    {
        var (token, _) = await IssueAsync(["Customer"]);
        using var publicRsa = RSA.Create();
        publicRsa.ImportFromPem(TestSigningKeys.PublicPemOf(Pem));

        var result = await new JsonWebTokenHandler().ValidateTokenAsync(token.Token, new TokenValidationParameters
        {
            ValidIssuer = "purchase-platform",
            ValidAudience = "purchase-platform-api",
            IssuerSigningKey = new RsaSecurityKey(publicRsa),
            ValidAlgorithms = ["RS256"],
        });

        Assert.True(result.IsValid, result.Exception?.Message);
    }

    [Fact]
    public async Task Issuer_and_audience_come_from_configuration_when_set()
    {
        using var services = TokenServices.Create(new InMemorySigningKeySecrets(Pem), new FixedClock(Now),
            new Dictionary<string, string?> { ["Jwt:Issuer"] = "https://id.example", ["Jwt:Audience"] = "shop-api" });
        await services.GetRequiredService<ISigningKeySource>().RefreshAsync(CancellationToken.None);

        var token = services.GetRequiredService<IAccessTokenIssuer>().Issue(UserId, "ann@example.com", ["Customer"]);

        Assert.Equal("https://id.example", Payload(token.Token).GetProperty("iss").GetString());
        Assert.Equal("shop-api", Payload(token.Token).GetProperty("aud").GetString());
    }

    private static async Task<(AccessToken Token, IAccessTokenIssuer Issuer)> IssueAsync(string[] roles)
    {
        var services = await TokenServices.CreateLoadedAsync(new InMemorySigningKeySecrets(Pem), new FixedClock(Now));
        var issuer = services.GetRequiredService<IAccessTokenIssuer>();
        return (issuer.Issue(UserId, "ann@example.com", roles), issuer);
    }

    private static JsonElement Payload(string token) =>
        JsonDocument.Parse(Base64UrlEncoder.Decode(token.Split('.')[1])).RootElement;
}
