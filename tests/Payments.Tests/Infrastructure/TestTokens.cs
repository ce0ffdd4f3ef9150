using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace PurchasePlatform.Payments.Tests.Infrastructure;

/// <summary>Access tokens shaped like Identity's, signed with a key the test Payments service trusts.</summary>
public static class TestTokens
{
    public const string CustomerScopes = "profile orders:read orders:write cart payments";
    private const string AdminScopes = "catalog:write orders:admin users:admin inventory:admin";

    public static readonly RsaSecurityKey TrustedKey = new(RSA.Create(2048)) { KeyId = "payments-tests" };

    public static string Customer(Guid userId) => Create(userId, ["Customer"], CustomerScopes);

    public static string Admin(Guid? userId = null) => Create(userId ?? Guid.NewGuid(), ["Admin"], CustomerScopes + " " + AdminScopes);

    /// <summary>A service token (e.g. the orchestrator's): no admin role, the payments:admin scope.</summary>
    public static string PaymentsService() => Create(Guid.NewGuid(), [], "payments payments:admin");

    public static string WithScopes(Guid userId, string scopes) => Create(userId, ["Customer"], scopes);

    private static string Create(Guid subject, string[] roles, string scopes)
    {
        var claims = new List<Claim>
        {
            new("sub", subject.ToString("D")),
            new("scope", scopes),
            new("jti", Guid.NewGuid().ToString("N")),
        };
        claims.AddRange(roles.Select(role => new Claim("role", role)));
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "purchase-platform",
            Audience = "purchase-platform-api",
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now,
            NotBefore = now.AddMinutes(-1),
            Expires = now.AddMinutes(30),
            SigningCredentials = new SigningCredentials(TrustedKey, SecurityAlgorithms.RsaSha256),
        });
    }
}
