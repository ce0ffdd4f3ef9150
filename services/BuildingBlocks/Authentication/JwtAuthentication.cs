using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace PurchasePlatform.BuildingBlocks.Authentication;

/// <summary>
/// JWT bearer authentication configured from the "Jwt" section. Issuer, Audience and Algorithms default to
/// <see cref="JwtDefaults"/>. Signing keys come from the identity app's JWKS fetched through Dapr service invocation
/// (<see cref="IdentityKeyDiscovery"/>), unless Authority or MetadataAddress name an HTTP discovery endpoint.
/// Services that hold keys themselves change <c>TokenValidationParameters</c> (and may clear
/// <c>ConfigurationManager</c>) with PostConfigure.
/// </summary>
internal static class JwtAuthentication
{
    public const string ConfigurationSection = JwtDefaults.ConfigurationSection;

    private static readonly TimeSpan ClockSkew = TimeSpan.FromSeconds(30);

    // Microsoft.IdentityModel 8 refreshes discovery documents in the background by default, so the request carrying a
    // new kid fails before the refreshed keys arrive. Blocking mode lets the token handler refetch and retry within
    // the request (still throttled by RefreshInterval): a key rotation costs no failed request.
    private const string UpdateConfigAsBlockingSwitch = "Switch.Microsoft.IdentityModel.UpdateConfigAsBlocking";

    public static void AddPlatformJwtBearer(this IServiceCollection services)
    {
        AppContext.SetSwitch(UpdateConfigAsBlockingSwitch, true);
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IConfiguration>((options, configuration) => Configure(options, configuration, configuration.GetSection(ConfigurationSection)));
        services.AddAuthorization();
    }

    private static void Configure(JwtBearerOptions options, IConfiguration configuration, IConfigurationSection jwt)
    {
        var httpDiscovery = false;
        if (!string.IsNullOrWhiteSpace(jwt["Authority"]))
        {
            options.Authority = jwt["Authority"];
            httpDiscovery = true;
        }

        if (!string.IsNullOrWhiteSpace(jwt["MetadataAddress"]))
        {
            options.MetadataAddress = jwt["MetadataAddress"]!;
            httpDiscovery = true;
        }

        options.RequireHttpsMetadata = jwt.GetValue("RequireHttpsMetadata", true);
        options.AutomaticRefreshInterval = IdentityKeyDiscovery.AutomaticRefreshInterval(jwt);
        options.RefreshInterval = IdentityKeyDiscovery.RefreshInterval(jwt);
        options.RefreshOnIssuerKeyNotFound = true;
        if (!httpDiscovery)
        {
            options.ConfigurationManager = IdentityKeyDiscovery.Create(configuration, jwt);
        }

        options.MapInboundClaims = false;

        var validation = options.TokenValidationParameters;
        validation.ValidateIssuer = true;
        validation.ValidIssuer = ValueOrDefault(jwt["Issuer"], JwtDefaults.Issuer);
        validation.ValidateAudience = true;
        validation.ValidAudience = ValueOrDefault(jwt["Audience"], JwtDefaults.Audience);
        validation.ValidateLifetime = true;
        validation.RequireExpirationTime = true;
        validation.ClockSkew = ClockSkew;
        validation.ValidateIssuerSigningKey = true;
        validation.RequireSignedTokens = true;
        validation.NameClaimType = PlatformClaims.Subject;
        validation.RoleClaimType = "role";

        var algorithms = jwt.GetSection("Algorithms").Get<string[]>();
        validation.ValidAlgorithms = algorithms is { Length: > 0 } ? algorithms : [JwtDefaults.Algorithm];

        options.Events ??= new JwtBearerEvents();
        options.Events.OnChallenge = JwtChallengeResponse.WriteAsync;
    }

    private static string ValueOrDefault(string? value, string fallback) => string.IsNullOrWhiteSpace(value) ? fallback : value;
}
