using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace PurchasePlatform.TestSupport;

/// <summary>
/// Access tokens shaped like Identity's (its issuer and audience; <c>sub</c>, <c>scope</c>, <c>role</c> and a
/// <c>jti</c>), valid from a minute ago for 30 minutes, signed with a test key the app under test trusts
/// (<see cref="TestSigningKeyServiceCollectionExtensions.TrustOnlySigningKey"/>).
/// </summary>
public static class AccessTokens
{
    public const string Issuer = "purchase-platform";
    public const string Audience = "purchase-platform-api";

    public static RsaSecurityKey NewKey(string keyId) => new(RSA.Create(2048)) { KeyId = keyId };

    public static string Create(SecurityKey key, string subject, string scopes, IEnumerable<string> roles, params Claim[] extra)
    {
        var claims = new List<Claim>
        {
            new("sub", subject),
            new("scope", scopes),
            new("jti", Guid.NewGuid().ToString("N")),
        };
        claims.AddRange(roles.Select(role => new Claim("role", role)));
        claims.AddRange(extra);
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now.AddMinutes(-1),
            NotBefore = now.AddMinutes(-1),
            Expires = now.AddMinutes(30),
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        });
    }
}
