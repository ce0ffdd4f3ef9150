using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using PurchasePlatform.Identity.Tokens;

namespace PurchasePlatform.Identity.Tests.Tokens;

/// <summary>Identity accepts its own tokens, checked against its local keys (no JWKS fetched through its sidecar).</summary>
public sealed class IdentityTokenValidationTests
{
    private static readonly Guid UserId = Guid.Parse("8e3b5a1c-0f2d-4b6e-a7c9-2d4f6b8a0c13");

    [Fact]
    public async Task Token_it_issued_is_accepted()
    {
        await using var host = await TokenTestHost.StartAsync(new InMemorySigningKeySecrets(TestSigningKeys.NewPem()));

        using var response = await host.WhoAmIAsync(host.Issuer.Issue(UserId, "ann@example.com", ["Customer"]).Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(UserId.ToString("D"), body.GetProperty("data").GetProperty("subject").GetString());
    }

    [Fact]
    public async Task After_a_rotation_new_tokens_and_those_signed_with_the_previous_key_are_accepted()
    {
        var first = TestSigningKeys.NewPem();
        var secrets = new InMemorySigningKeySecrets(first);
        await using var host = await TokenTestHost.StartAsync(secrets);
        var before = host.Issuer.Issue(UserId, "ann@example.com", ["Customer"]).Token;

        secrets.Set(SigningKeySecretNames.Current, TestSigningKeys.NewPem());
        secrets.Set(SigningKeySecretNames.Previous, first);
        await host.Keys.RefreshAsync(CancellationToken.None);
        var after = host.Issuer.Issue(UserId, "ann@example.com", ["Customer"]).Token;

        using var withNewKey = await host.WhoAmIAsync(after);
        using var withPreviousKey = await host.WhoAmIAsync(before);
        Assert.NotEqual(new JsonWebToken(before).Kid, new JsonWebToken(after).Kid);
        Assert.Equal(HttpStatusCode.OK, withNewKey.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withPreviousKey.StatusCode);
    }

    [Fact]
    public async Task Token_signed_with_a_key_no_longer_published_is_rejected()
    {
        var first = TestSigningKeys.NewPem();
        var secrets = new InMemorySigningKeySecrets(first);
        await using var host = await TokenTestHost.StartAsync(secrets);
        var before = host.Issuer.Issue(UserId, "ann@example.com", ["Customer"]).Token;

        secrets.Set(SigningKeySecretNames.Current, TestSigningKeys.NewPem());
        await host.Keys.RefreshAsync(CancellationToken.None);

        using var response = await host.WhoAmIAsync(before);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("signed by another key")]
    [InlineData("HS256 keyed with the public key")]
    [InlineData("alg none")]
    public async Task Forged_token_is_rejected(string attack)
    {
        var pem = TestSigningKeys.NewPem();
        await using var host = await TokenTestHost.StartAsync(new InMemorySigningKeySecrets(pem));
        var kid = host.Keys.Keys.Current.KeyId;

        var token = attack switch
        {
            "signed by another key" => Forge(new RsaSecurityKey(RSA.Create(2048)) { KeyId = kid }, SecurityAlgorithms.RsaSha256),
            "HS256 keyed with the public key" => Forge(
                new SymmetricSecurityKey(Encoding.UTF8.GetBytes(TestSigningKeys.PublicPemOf(pem))) { KeyId = kid }, SecurityAlgorithms.HmacSha256),
            "alg none" => Unsigned(host.Issuer.Issue(UserId, "ann@example.com", ["Admin"]).Token),
            _ => throw new ArgumentOutOfRangeException(nameof(attack), attack, null),
        };

        using var response = await host.WhoAmIAsync(token);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static string Forge(SecurityKey key, string algorithm) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "purchase-platform",
            Audience = "purchase-platform-api",
            Subject = new ClaimsIdentity([new Claim("sub", UserId.ToString("D")), new Claim("role", "Admin")]),
            Expires = DateTime.UtcNow.AddMinutes(10),
            SigningCredentials = new SigningCredentials(key, algorithm),
        });

    // Keeps a genuine payload, swaps the header for alg none and drops the signature.
    private static string Unsigned(string token) =>
        Base64UrlEncoder.Encode("""{"alg":"none","typ":"JWT"}""") + "." + token.Split('.')[1] + ".";
}
