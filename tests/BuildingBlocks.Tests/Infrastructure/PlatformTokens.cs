using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using PurchasePlatform.BuildingBlocks.Authentication;

namespace PurchasePlatform.BuildingBlocks.Tests.Infrastructure;

/// <summary>Tokens shaped like Identity's (default issuer and audience), with any part changeable to build attacks.</summary>
public sealed record PlatformTokens
{
    public string Issuer { get; init; } = JwtDefaults.Issuer;
    public string Audience { get; init; } = JwtDefaults.Audience;
    public string Subject { get; init; } = "5b8f0a52-3c1e-4d7a-9a55-0f2f4c7e1b11";
    public DateTime NotBefore { get; init; } = DateTime.UtcNow.AddMinutes(-1);
    public DateTime Expires { get; init; } = DateTime.UtcNow.AddMinutes(10);

    public string SignedWith(SecurityKey key, string algorithm = SecurityAlgorithms.RsaSha256) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            Subject = new ClaimsIdentity([new Claim("sub", Subject), new Claim("scope", "profile orders:read")]),
            IssuedAt = NotBefore,
            NotBefore = NotBefore,
            Expires = Expires,
            SigningCredentials = new SigningCredentials(key, algorithm),
        });

    /// <summary><c>"alg":"none"</c> with the given kid and an empty signature.</summary>
    public string Unsigned(string keyId)
    {
        var header = $$"""{"alg":"none","typ":"JWT","kid":"{{keyId}}"}""";
        var payload = $$"""{"sub":"{{Subject}}","iss":"{{Issuer}}","aud":"{{Audience}}","nbf":{{Unix(NotBefore)}},"iat":{{Unix(NotBefore)}},"exp":{{Unix(Expires)}}}""";
        return $"{Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(header))}.{Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(payload))}.";
    }

    private static long Unix(DateTime time) => new DateTimeOffset(time).ToUnixTimeSeconds();
}
