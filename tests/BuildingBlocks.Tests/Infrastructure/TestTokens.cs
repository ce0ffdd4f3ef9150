using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace PurchasePlatform.BuildingBlocks.Tests.Infrastructure;

public static class TestTokens
{
    public const string Issuer = "https://identity.test";
    public const string Audience = "purchase-platform";

    /// <summary>The key the test app trusts.</summary>
    public static readonly RsaSecurityKey SigningKey = NewRsaKey("trusted");

    public static string Valid(string subject = "user-123", params string[] roles) =>
        Create(SigningKey, Issuer, Audience, DateTime.UtcNow.AddMinutes(10), subject, roles);

    /// <summary>A valid token whose <c>scope</c> claim is <paramref name="scope"/> (space-separated).</summary>
    public static string WithScope(string subject, string scope) =>
        Create(SigningKey, Issuer, Audience, DateTime.UtcNow.AddMinutes(10), subject, [], new Claim("scope", scope));

    public static string Expired(string subject = "user-123") =>
        Create(SigningKey, Issuer, Audience, DateTime.UtcNow.AddMinutes(-10), subject, []);

    public static string SignedWithUntrustedKey(string subject = "user-123") =>
        Create(NewRsaKey("untrusted"), Issuer, Audience, DateTime.UtcNow.AddMinutes(10), subject, []);

    public static string ForAudience(string audience, string subject = "user-123") =>
        Create(SigningKey, Issuer, audience, DateTime.UtcNow.AddMinutes(10), subject, []);

    /// <summary>A well-formed but unsigned token (<c>"alg":"none"</c>) carrying otherwise valid claims.</summary>
    public static string Unsigned(string subject = "user-123")
    {
        var now = DateTimeOffset.UtcNow;
        var header = """{"alg":"none","typ":"JWT"}""";
        var payload = $$"""{"sub":"{{subject}}","iss":"{{Issuer}}","aud":"{{Audience}}","iat":{{now.ToUnixTimeSeconds()}},"nbf":{{now.ToUnixTimeSeconds()}},"exp":{{now.AddMinutes(10).ToUnixTimeSeconds()}}}""";
        return $"{Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(header))}.{Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(payload))}.";
    }

    private static string Create(SecurityKey key, string issuer, string audience, DateTime expires, string subject, string[] roles, params Claim[] extra)
    {
        var claims = new List<Claim> { new("sub", subject) };
        claims.AddRange(roles.Select(role => new Claim("role", role)));
        claims.AddRange(extra);
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = expires.AddMinutes(-20),
            NotBefore = expires.AddMinutes(-20),
            Expires = expires,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }

    private static RsaSecurityKey NewRsaKey(string keyId) => new(RSA.Create(2048)) { KeyId = keyId };
}
