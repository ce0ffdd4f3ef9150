using Microsoft.AspNetCore.Http;
using PurchasePlatform.BuildingBlocks.Correlation;

namespace PurchasePlatform.BuildingBlocks.Errors;

internal static class TraceIds
{
    /// <summary>
    /// The <c>traceId</c> shown in error bodies is the request's correlation id, so a caller quotes the same
    /// value they sent (or received in X-Correlation-Id) and it finds the request's log lines.
    /// </summary>
    public static string For(HttpContext context) => context.GetCorrelationId() ?? context.TraceIdentifier;
}
