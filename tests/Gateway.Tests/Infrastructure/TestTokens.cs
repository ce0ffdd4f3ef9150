using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace PurchasePlatform.Gateway.Tests.Infrastructure;

/// <summary>Access tokens shaped like Identity's (issue 3 contract, "Tokens"), signed with a key the test gateway trusts.</summary>
public static class TestTokens
{
    // The gateway's appsettings.json values.
    public const string Issuer = "purchase-platform";
    public const string Audience = "purchase-platform-api";

    // Identity's scopes per role (services/Identity/Tokens/TokenScopes.cs).
    private const string CustomerScopes = "profile orders:read orders:write cart payments";
    private const string AdminScopes = "catalog:write orders:admin users:admin inventory:admin";

    public static readonly RsaSecurityKey TrustedKey = NewKey("trusted");

    public static string For(string subject, params string[] roles) =>
        Create(TrustedKey, subject, roles, DateTime.UtcNow.AddMinutes(30));

    public static string Customer(string? subject = null) => For(subject ?? NewSubject(), "Customer");

    public static string Admin(string? subject = null) => For(subject ?? NewSubject(), "Admin");

    public static string Expired(string? subject = null) =>
        Create(TrustedKey, subject ?? NewSubject(), ["Customer"], DateTime.UtcNow.AddMinutes(-10));

    public static string SignedWithUntrustedKey(string? subject = null) =>
        Create(NewKey("untrusted"), subject ?? NewSubject(), ["Customer"], DateTime.UtcNow.AddMinutes(30));

    public static string NewSubject() => Guid.NewGuid().ToString("D");

    private static string Create(SecurityKey key, string subject, string[] roles, DateTime expires)
    {
        var claims = new List<Claim>
        {
            new("sub", subject),
            new("email", $"{subject}@example.test"),
            new("scope", roles.Contains("Admin") ? CustomerScopes + " " + AdminScopes : CustomerScopes),
            new("jti", Guid.NewGuid().ToString("N")),
        };
        claims.AddRange(roles.Select(role => new Claim("role", role)));
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = expires.AddHours(-1),
            NotBefore = expires.AddHours(-1),
            Expires = expires,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        });
    }

    private static RsaSecurityKey NewKey(string keyId) => new(RSA.Create(2048)) { KeyId = keyId };
}
