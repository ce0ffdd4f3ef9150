using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace PurchasePlatform.Identity.Tokens;

/// <summary>
/// Identity validates tokens against its own key source (current and previous key) instead of fetching its JWKS
/// through its own sidecar, as the other services do. Issuer, audience, lifetime and algorithm rules stay the shared ones.
/// </summary>
internal static class IdentityTokenValidation
{
    public static void UseLocalSigningKeys(JwtBearerOptions options, ISigningKeySource keys)
    {
        options.ConfigurationManager = null;
        options.TokenValidationParameters.IssuerSigningKeyResolver = (_, _, keyId, _) => VerificationKeys(keys.Keys, keyId);
    }

    private static IEnumerable<SecurityKey> VerificationKeys(SigningKeySet keys, string? keyId)
    {
        var matching = keys.Published.Where(key => key.KeyId == keyId).Select(key => (SecurityKey)key.SecurityKey).ToList();
        return matching.Count > 0 ? matching : keys.Published.Select(key => key.SecurityKey);
    }
}
