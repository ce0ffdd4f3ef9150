using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using PurchasePlatform.BuildingBlocks.Authentication;

namespace PurchasePlatform.Identity.Tokens;

/// <summary>
/// Signs RS256 access tokens with the current key: <c>sub</c>, <c>email</c>, one <c>role</c> per role (always a JSON
/// array), <c>scope</c> (space-separated), <c>jti</c>, <c>iat</c>, <c>nbf</c>, <c>exp</c>; header <c>kid</c> = the key's thumbprint.
/// </summary>
internal sealed class JwtAccessTokenIssuer(ISigningKeySource keys, IOptions<IdentityTokenOptions> options, TimeProvider clock) : IAccessTokenIssuer
{
    private readonly JsonWebTokenHandler handler = new();

    public AccessToken Issue(Guid userId, string email, IReadOnlyCollection<string> roles)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        var settings = options.Value;
        var key = keys.Keys.Current;
        var issuedAt = DateTimeOffset.FromUnixTimeSeconds(clock.GetUtcNow().ToUnixTimeSeconds());
        var expiresAt = issuedAt + settings.AccessTokenLifetime;
        var id = Guid.NewGuid().ToString("N");

        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = settings.Issuer,
            Audience = settings.Audience,
            IssuedAt = issuedAt.UtcDateTime,
            NotBefore = issuedAt.UtcDateTime,
            Expires = expiresAt.UtcDateTime,
            Claims = new Dictionary<string, object>
            {
                [JwtRegisteredClaimNames.Sub] = userId.ToString("D"),
                [JwtRegisteredClaimNames.Email] = email,
                ["role"] = roles.Distinct(StringComparer.Ordinal).ToArray(),
                [PlatformScopes.ClaimType] = string.Join(' ', TokenScopes.ForRoles(roles)),
                [JwtRegisteredClaimNames.Jti] = id,
            },
            SigningCredentials = new SigningCredentials(key.SecurityKey, JwtDefaults.Algorithm),
        };

        return new AccessToken(handler.CreateToken(descriptor), id, expiresAt, (int)settings.AccessTokenLifetime.TotalSeconds);
    }
}
