using Microsoft.AspNetCore.Http;

namespace PurchasePlatform.BuildingBlocks.Health;

internal static class DefaultEndpointPaths
{
    public const string Root = "/";
    public const string Liveness = "/healthz";
    public const string LivenessAlias = "/health";
    public const string Readiness = "/readyz";
    public const string ReadinessAlias = "/ready";
    public const string Metrics = "/metrics";

    public static bool IsProbeOrScrape(PathString path) =>
        path == Root || path == Liveness || path == LivenessAlias
        || path == Readiness || path == ReadinessAlias || path == Metrics;
}
