using Microsoft.AspNetCore.Http;

namespace PurchasePlatform.BuildingBlocks.Errors;

/// <summary>Routes under /api/v1 answer errors in the seed-003 envelope; all others answer RFC 7807 ProblemDetails.</summary>
internal static class ApiV1Paths
{
    private static readonly PathString Prefix = new("/api/v1");

    public static bool UsesEnvelope(HttpContext context) =>
        context.Request.Path.StartsWithSegments(Prefix, StringComparison.OrdinalIgnoreCase);
}
