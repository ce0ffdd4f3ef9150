using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.Tokens;
using PurchasePlatform.BuildingBlocks.Authentication;
using PurchasePlatform.BuildingBlocks.Tests.Infrastructure;

namespace PurchasePlatform.BuildingBlocks.Tests;

/// <summary>A service with the defaults validates tokens against keys it fetches from the identity app through Dapr.</summary>
public sealed class JwtKeysFromIdentityTests(IdentityBehindDapr run) : IClassFixture<IdentityBehindDapr>
{
    [Fact]
    public async Task Token_signed_by_identity_is_accepted_with_keys_fetched_through_dapr_invocation()
    {
        var token = new PlatformTokens { Subject = "0c7d3f7e-8a59-4c1b-b8a4-5b8c2e4d9f10" }.SignedWith(run.Identity.SigningKey);

        using var response = await run.GetMeAsync(token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("0c7d3f7e-8a59-4c1b-b8a4-5b8c2e4d9f10", (await response.JsonAsync()).GetProperty("data").GetProperty("subject").GetString());
        Assert.Contains((JwtDefaults.DiscoveryPath, TestApp.ServiceName), run.Identity.Requests);
        Assert.Contains((JwtDefaults.JwksPath, TestApp.ServiceName), run.Identity.Requests);
    }

    [Theory]
    [InlineData("alg none")]
    [InlineData("signed by another key")]
    [InlineData("signed by another key claiming the trusted kid")]
    [InlineData("HS256 keyed with the public key PEM")]
    [InlineData("HS256 keyed with the public key DER")]
    [InlineData("payload changed after signing")]
    [InlineData("not yet valid")]
    [InlineData("wrong audience")]
    [InlineData("wrong issuer")]
    public async Task Forged_or_misaddressed_token_is_a_401_INVALID_TOKEN_envelope(string attack)
    {
        using var accepted = await run.GetMeAsync(new PlatformTokens().SignedWith(run.Identity.SigningKey));
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);

        using var response = await run.GetMeAsync(Token(attack));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        var body = ApiV1ErrorEnvelopeTests.AssertEnvelope(await response.JsonAsync(), response);
        Assert.Equal("INVALID_TOKEN", body.GetProperty("errors")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task Expired_token_is_a_401_EXPIRED_TOKEN_envelope()
    {
        var token = new PlatformTokens { NotBefore = DateTime.UtcNow.AddHours(-2), Expires = DateTime.UtcNow.AddHours(-1) }
            .SignedWith(run.Identity.SigningKey);

        using var response = await run.GetMeAsync(token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var body = ApiV1ErrorEnvelopeTests.AssertEnvelope(await response.JsonAsync(), response);
        Assert.Equal("EXPIRED_TOKEN", body.GetProperty("errors")[0].GetProperty("code").GetString());
    }

    private string Token(string attack)
    {
        var trusted = run.Identity.SigningKey;
        var valid = new PlatformTokens();
        return attack switch
        {
            "alg none" => valid.Unsigned(trusted.KeyId),
            "signed by another key" => valid.SignedWith(FakeIdentity.NewKey()),
            "signed by another key claiming the trusted kid" => valid.SignedWith(WithKeyId(FakeIdentity.NewKey(), trusted.KeyId)),
            "HS256 keyed with the public key PEM" => valid.SignedWith(
                new SymmetricSecurityKey(Encoding.UTF8.GetBytes(trusted.Rsa.ExportSubjectPublicKeyInfoPem())) { KeyId = trusted.KeyId },
                SecurityAlgorithms.HmacSha256),
            "HS256 keyed with the public key DER" => valid.SignedWith(
                new SymmetricSecurityKey(trusted.Rsa.ExportSubjectPublicKeyInfo()) { KeyId = trusted.KeyId },
                SecurityAlgorithms.HmacSha256),
            "payload changed after signing" => ChangeSubject(valid.SignedWith(trusted)),
            "not yet valid" => (valid with { NotBefore = DateTime.UtcNow.AddMinutes(10), Expires = DateTime.UtcNow.AddMinutes(70) }).SignedWith(trusted),
            "wrong audience" => (valid with { Audience = "some-other-api" }).SignedWith(trusted),
            "wrong issuer" => (valid with { Issuer = "https://evil.example" }).SignedWith(trusted),
            _ => throw new ArgumentOutOfRangeException(nameof(attack), attack, null),
        };
    }

    private static RsaSecurityKey WithKeyId(RsaSecurityKey key, string keyId) => new(key.Rsa) { KeyId = keyId };

    private static string ChangeSubject(string token)
    {
        var parts = token.Split('.');
        var payload = Encoding.UTF8.GetString(Base64UrlEncoder.DecodeBytes(parts[1]));
        var forged = payload.Replace(new PlatformTokens().Subject, "00000000-0000-0000-0000-000000000001", StringComparison.Ordinal);
        Assert.NotEqual(payload, forged);
        return $"{parts[0]}.{Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(forged))}.{parts[2]}";
    }
}
