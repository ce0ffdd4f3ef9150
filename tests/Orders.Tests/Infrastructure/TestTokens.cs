using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace PurchasePlatform.Orders.Tests.Infrastructure;

/// <summary>Access tokens shaped like Identity's, signed with a key the test app trusts.</summary>
public static class TestTokens
{
    public const string Issuer = "purchase-platform";
    public const string Audience = "purchase-platform-api";

    // Identity's scopes per role (services/Identity/Tokens/TokenScopes.cs).
    public const string CustomerScopes = "profile orders:read orders:write cart payments";
    public const string AdminScopes = CustomerScopes + " catalog:write orders:admin users:admin inventory:admin";

    public static readonly RsaSecurityKey TrustedKey = new(RSA.Create(2048)) { KeyId = "orders-tests" };

    public static string Customer(string subject) => Create(subject, CustomerScopes, "Customer");

    public static string Admin(string subject) => Create(subject, AdminScopes, "Admin");

    public static string WithScopes(string subject, string scopes) => Create(subject, scopes, "Customer");

    private static string Create(string subject, string scopes, string role) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            Subject = new ClaimsIdentity([new Claim("sub", subject), new Claim("scope", scopes), new Claim("role", role)]),
            Expires = DateTime.UtcNow.AddMinutes(30),
            SigningCredentials = new SigningCredentials(TrustedKey, SecurityAlgorithms.RsaSha256),
        });
}
