using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace PurchasePlatform.BuildingBlocks.Authentication;

/// <summary>
/// JWT bearer authentication configured from the "Jwt" section: Authority or MetadataAddress (where signing keys
/// are discovered), Issuer, Audience, optional Algorithms and RequireHttpsMetadata. Services that hold keys
/// themselves set <c>TokenValidationParameters.IssuerSigningKeys</c> with PostConfigure.
/// </summary>
internal static class JwtAuthentication
{
    public const string ConfigurationSection = "Jwt";

    public static void AddPlatformJwtBearer(this IServiceCollection services)
    {
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IConfiguration>((options, configuration) => Configure(options, configuration.GetSection(ConfigurationSection)));
        services.AddAuthorization();
    }

    private static void Configure(JwtBearerOptions options, IConfigurationSection jwt)
    {
        if (!string.IsNullOrWhiteSpace(jwt["Authority"]))
        {
            options.Authority = jwt["Authority"];
        }

        if (!string.IsNullOrWhiteSpace(jwt["MetadataAddress"]))
        {
            options.MetadataAddress = jwt["MetadataAddress"]!;
        }

        options.RequireHttpsMetadata = jwt.GetValue("RequireHttpsMetadata", true);
        options.MapInboundClaims = false;

        var validation = options.TokenValidationParameters;
        validation.ValidateIssuer = true;
        validation.ValidIssuer = jwt["Issuer"];
        validation.ValidateAudience = true;
        validation.ValidAudience = jwt["Audience"];
        validation.ValidateLifetime = true;
        validation.RequireExpirationTime = true;
        validation.ValidateIssuerSigningKey = true;
        validation.RequireSignedTokens = true;
        validation.NameClaimType = "sub";
        validation.RoleClaimType = "role";

        var algorithms = jwt.GetSection("Algorithms").Get<string[]>();
        if (algorithms is { Length: > 0 })
        {
            validation.ValidAlgorithms = algorithms;
        }

        options.Events ??= new JwtBearerEvents();
        options.Events.OnChallenge = JwtChallengeResponse.WriteAsync;
    }
}
