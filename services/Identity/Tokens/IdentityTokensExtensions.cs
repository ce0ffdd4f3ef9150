using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PurchasePlatform.BuildingBlocks.Authentication;

namespace PurchasePlatform.Identity.Tokens;

public static class IdentityTokensExtensions
{
    /// <summary>
    /// Signing keys from the Dapr secret store (loaded at start-up, reloaded every <c>Jwt:KeyRefreshInterval</c>),
    /// <see cref="IAccessTokenIssuer"/>, and validation of Identity's own tokens with those keys. Call before
    /// <c>BuildWithServiceDefaults</c>. Tests may register their own <see cref="ISigningKeySecrets"/> first.
    /// </summary>
    public static IServiceCollection AddIdentityTokens(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<IdentityTokenOptions>()
            .Bind(configuration.GetSection(JwtDefaults.ConfigurationSection))
            .PostConfigure(options =>
            {
                options.Issuer = string.IsNullOrWhiteSpace(options.Issuer) ? JwtDefaults.Issuer : options.Issuer;
                options.Audience = string.IsNullOrWhiteSpace(options.Audience) ? JwtDefaults.Audience : options.Audience;
            })
            .Validate(options => Uri.TryCreate(options.PublicBaseUrl, UriKind.Absolute, out _), "Jwt:PublicBaseUrl must be an absolute URL")
            .Validate(options => options.AccessTokenLifetime > TimeSpan.Zero, "Jwt:AccessTokenLifetime must be positive")
            .Validate(options => options.KeyRefreshInterval > TimeSpan.Zero, "Jwt:KeyRefreshInterval must be positive")
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ISigningKeySecrets, DaprSigningKeySecrets>();
        services.TryAddSingleton<ISigningKeySource, SecretStoreSigningKeySource>();
        services.TryAddSingleton<IAccessTokenIssuer, JwtAccessTokenIssuer>();
        services.AddHostedService<SigningKeyRefresher>();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .PostConfigure<ISigningKeySource>(IdentityTokenValidation.UseLocalSigningKeys);
        return services;
    }
}
