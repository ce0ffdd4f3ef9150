using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using PurchasePlatform.BuildingBlocks.Authentication;

namespace PurchasePlatform.Inventory.Tests.Apis;

/// <summary>Access tokens shaped like Identity's, signed with a key the test Inventory trusts.</summary>
internal static class TestTokens
{
    public static readonly RsaSecurityKey TrustedKey = new(RSA.Create(2048)) { KeyId = "trusted" };

    public static string Customer(string subject) =>
        Create(subject, "profile orders:read orders:write cart payments", PlatformRoles.Customer);

    public static string Admin(string subject) =>
        Create(subject, "profile users:admin orders:admin catalog:write inventory:admin", PlatformRoles.Admin);

    /// <summary>A client-credential token like the orchestrator's: scopes, no user role.</summary>
    public static string Service(string clientId) => Create(clientId, "orders:admin payments:admin inventory:admin", role: null);

    private static string Create(string subject, string scope, string? role) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = JwtDefaults.Issuer,
        Audience = JwtDefaults.Audience,
        Subject = new ClaimsIdentity(role is null
            ? [new Claim("sub", subject), new Claim("scope", scope)]
            : [new Claim("sub", subject), new Claim("scope", scope), new Claim("role", role)]),
        Expires = DateTime.UtcNow.AddMinutes(30),
        SigningCredentials = new SigningCredentials(TrustedKey, SecurityAlgorithms.RsaSha256),
    });
}
