using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using PurchasePlatform.BuildingBlocks.Authentication;

namespace PurchasePlatform.Cart.Tests.Infrastructure;

/// <summary>Access tokens shaped like Identity's, signed with the key the test cart app trusts.</summary>
public static class TestTokens
{
    public const string CustomerScopes = "profile orders:read orders:write cart payments";

    public static readonly RsaSecurityKey TrustedKey = new(RSA.Create(2048)) { KeyId = "cart-tests" };

    public static string For(Guid userId, string scopes = CustomerScopes) => For(userId.ToString("D"), scopes);

    public static string For(string subject, string scopes)
    {
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = JwtDefaults.Issuer,
            Audience = JwtDefaults.Audience,
            Subject = new ClaimsIdentity([new Claim("sub", subject), new Claim("scope", scopes)]),
            IssuedAt = DateTime.UtcNow.AddMinutes(-1),
            NotBefore = DateTime.UtcNow.AddMinutes(-1),
            Expires = DateTime.UtcNow.AddMinutes(30),
            SigningCredentials = new SigningCredentials(TrustedKey, SecurityAlgorithms.RsaSha256),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }
}
