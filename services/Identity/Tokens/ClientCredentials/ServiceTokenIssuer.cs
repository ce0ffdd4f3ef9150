using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using PurchasePlatform.BuildingBlocks.Authentication;
using PurchasePlatform.BuildingBlocks.ServiceIdentity;

namespace PurchasePlatform.Identity.Tokens.ClientCredentials;

/// <summary>
/// Signs a service's access token like a user's (same key, issuer, audience, lifetime) with <c>sub</c> = the client id,
/// <c>client_id</c>, the role <c>Service</c> and the client's scopes; no email.
/// </summary>
public sealed class ServiceTokenIssuer(ISigningKeySource keys, IOptions<IdentityTokenOptions> options, TimeProvider clock)
{
    private readonly JsonWebTokenHandler handler = new();

    public AccessToken Issue(string clientId, IReadOnlyList<string> scopes)
    {
        var settings = options.Value;
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
                [JwtRegisteredClaimNames.Sub] = clientId,
                [ServiceClaims.ClientId] = clientId,
                ["role"] = new[] { ServiceClaims.ServiceRole },
                [PlatformScopes.ClaimType] = string.Join(' ', scopes),
                [JwtRegisteredClaimNames.Jti] = id,
            },
            SigningCredentials = new SigningCredentials(keys.Keys.Current.SecurityKey, JwtDefaults.Algorithm),
        };

        return new AccessToken(handler.CreateToken(descriptor), id, expiresAt, (int)settings.AccessTokenLifetime.TotalSeconds);
    }
}
