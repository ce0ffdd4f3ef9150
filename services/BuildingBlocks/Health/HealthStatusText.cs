using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace PurchasePlatform.BuildingBlocks.Health;

internal static class HealthStatusText
{
    public static string Of(HealthStatus status) => status switch
    {
        HealthStatus.Healthy => "ok",
        HealthStatus.Degraded => "degraded",
        _ => "unhealthy",
    };
}
