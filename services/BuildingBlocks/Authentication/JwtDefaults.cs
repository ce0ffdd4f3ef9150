using Microsoft.IdentityModel.Tokens;

namespace PurchasePlatform.BuildingBlocks.Authentication;

/// <summary>The platform's token settings used when the "Jwt" configuration section does not name them.</summary>
public static class JwtDefaults
{
    public const string ConfigurationSection = "Jwt";

    public const string Issuer = "purchase-platform";

    public const string Audience = "purchase-platform-api";

    /// <summary>The Dapr app id of the service that signs tokens and publishes their keys.</summary>
    public const string IdentityAppId = "identity";

    /// <summary>The only signing algorithm tokens may use.</summary>
    public const string Algorithm = SecurityAlgorithms.RsaSha256;

    public const string DiscoveryPath = "/.well-known/openid-configuration";

    public const string JwksPath = "/.well-known/jwks.json";
}
