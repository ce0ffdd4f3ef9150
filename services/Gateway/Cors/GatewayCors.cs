using Microsoft.AspNetCore.Cors.Infrastructure;
using PurchasePlatform.BuildingBlocks.Correlation;
using PurchasePlatform.Gateway.RateLimiting;
using PurchasePlatform.Gateway.Versioning;

namespace PurchasePlatform.Gateway.Cors;

/// <summary>
/// Browsers on the origins listed in <c>Cors:AllowedOrigins</c> may call the API with any method and header and
/// read the platform's response headers. With no origins listed (the default) there is no policy: no CORS headers
/// are sent and preflights are treated like any other request.
/// </summary>
internal static class GatewayCors
{
    public const string AllowedOriginsKey = "Cors:AllowedOrigins";

    private static readonly string[] ExposedHeaders =
    [
        CorrelationIds.HeaderName, ApiVersions.HeaderName, RateLimitHeaders.Limit, RateLimitHeaders.Remaining,
        RateLimitHeaders.Reset, "Retry-After", "Location", "x-idempotent-replay",
    ];

    public static IServiceCollection AddGatewayCors(this IServiceCollection services)
    {
        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IConfiguration>((options, configuration) =>
        {
            var origins = configuration.GetSection(AllowedOriginsKey).Get<string[]>()?.Where(origin => !string.IsNullOrWhiteSpace(origin)).ToArray() ?? [];
            if (origins.Length > 0)
            {
                options.AddDefaultPolicy(policy => policy
                    .WithOrigins(origins)
                    .AllowAnyMethod()
                    .AllowAnyHeader()
                    .WithExposedHeaders(ExposedHeaders)
                    .SetPreflightMaxAge(TimeSpan.FromMinutes(10)));
            }
        });
        return services;
    }
}
