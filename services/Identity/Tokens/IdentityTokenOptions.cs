using PurchasePlatform.BuildingBlocks.Authentication;

namespace PurchasePlatform.Identity.Tokens;

/// <summary>How Identity issues tokens and publishes their keys; bound from the "Jwt" configuration section.</summary>
public sealed class IdentityTokenOptions
{
    public string Issuer { get; set; } = JwtDefaults.Issuer;

    public string Audience { get; set; } = JwtDefaults.Audience;

    /// <summary>Where clients reach Identity (through the gateway); discovery URLs are built from it.</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5000";

    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How often the signing keys are reloaded from the secret store.</summary>
    public TimeSpan KeyRefreshInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The Dapr secret store holding <see cref="SigningKeySecretNames"/>.</summary>
    public string SecretStore { get; set; } = "secretstore";

    /// <summary>How long start-up waits for the Dapr sidecar before reading the keys.</summary>
    public TimeSpan SidecarWaitTimeout { get; set; } = TimeSpan.FromSeconds(30);

    internal Uri PublicUrl(string path) => new(PublicBaseUrl.TrimEnd('/') + path, UriKind.Absolute);
}
