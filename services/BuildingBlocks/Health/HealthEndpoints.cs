using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using PurchasePlatform.BuildingBlocks.Hosting;

namespace PurchasePlatform.BuildingBlocks.Health;

internal static class HealthEndpoints
{
    /// <summary>Checks with this tag decide liveness; every registered check decides readiness.</summary>
    public const string LiveTag = "live";

    public static void AddPlatformHealthChecks(this IServiceCollection services)
    {
        services.AddHttpClient(DaprSidecarHealthCheck.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(2));
        services.AddHealthChecks()
            .AddCheck("self", () => HealthCheckResult.Healthy(), [LiveTag])
            .AddCheck<DaprSidecarHealthCheck>(DaprSidecarHealthCheck.Name);
    }

    public static void MapPlatformHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var liveness = new HealthCheckOptions { Predicate = check => check.Tags.Contains(LiveTag), ResponseWriter = WriteReportAsync };
        var readiness = new HealthCheckOptions { ResponseWriter = WriteReportAsync };

        endpoints.MapHealthChecks(DefaultEndpointPaths.Liveness, liveness).AllowAnonymous().ExcludeFromDescription();
        endpoints.MapHealthChecks(DefaultEndpointPaths.LivenessAlias, liveness).AllowAnonymous().ExcludeFromDescription();
        endpoints.MapHealthChecks(DefaultEndpointPaths.Readiness, readiness).AllowAnonymous().ExcludeFromDescription();
        endpoints.MapHealthChecks(DefaultEndpointPaths.ReadinessAlias, readiness).AllowAnonymous().ExcludeFromDescription();

        // "/" is a liveness answer (200 while the process runs) whose status names the overall health.
        endpoints.MapGet(DefaultEndpointPaths.Root, async (HealthCheckService health, ServiceInfo service, CancellationToken cancellationToken) =>
            {
                var report = await health.CheckHealthAsync(cancellationToken);
                return TypedResults.Ok(new ServiceStatus(service.Name, HealthStatusText.Of(report.Status)));
            })
            .AllowAnonymous()
            .ExcludeFromDescription();
    }

    private static Task WriteReportAsync(HttpContext context, HealthReport report)
    {
        var service = context.RequestServices.GetRequiredService<ServiceInfo>();
        var checks = report.Entries.ToDictionary(entry => entry.Key, entry => new CheckStatus(HealthStatusText.Of(entry.Value.Status), entry.Value.Description));
        return context.Response.WriteAsJsonAsync(new HealthReportBody(service.Name, HealthStatusText.Of(report.Status), checks));
    }

    internal sealed record ServiceStatus(string Service, string Status);

    private sealed record CheckStatus(string Status, string? Description);

    private sealed record HealthReportBody(string Service, string Status, IReadOnlyDictionary<string, CheckStatus> Checks);
}
