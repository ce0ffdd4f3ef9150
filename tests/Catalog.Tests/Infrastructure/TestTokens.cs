using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace PurchasePlatform.Catalog.Tests.Infrastructure;

/// <summary>Access tokens shaped like Identity's, signed with a key the test catalog trusts.</summary>
public static class TestTokens
{
    public static readonly RsaSecurityKey TrustedKey = new(RSA.Create(2048)) { KeyId = "trusted" };

    public static string Customer(string userId, string email = "jane.doe@example.test") =>
        Create(userId, email, ["Customer"], "profile orders:read orders:write cart payments");

    public static string Admin() => Create(Guid.NewGuid().ToString("D"), "admin@example.test", ["Admin"], "profile catalog:write");

    /// <summary>A service or operator token holding the <c>catalog:write</c> scope without the Admin role.</summary>
    public static string CatalogWriter() => Create(Guid.NewGuid().ToString("D"), "writer@example.test", [], "catalog:write");

    private static string Create(string subject, string email, string[] roles, string scopes)
    {
        var claims = new List<Claim>
        {
            new("sub", subject),
            new("email", email),
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
            IssuedAt = now.AddMinutes(-1),
            NotBefore = now.AddMinutes(-1),
            Expires = now.AddMinutes(30),
            SigningCredentials = new SigningCredentials(TrustedKey, SecurityAlgorithms.RsaSha256),
        });
    }
}
