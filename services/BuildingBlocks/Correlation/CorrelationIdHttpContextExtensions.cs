using Microsoft.AspNetCore.Http;

namespace PurchasePlatform.BuildingBlocks.Correlation;

public static class CorrelationIdHttpContextExtensions
{
    private static readonly object ItemKey = new();

    /// <summary>The request's correlation id, or null when the correlation middleware has not run.</summary>
    public static string? GetCorrelationId(this HttpContext context) =>
        context.Items.TryGetValue(ItemKey, out var value) ? value as string : null;

    internal static void SetCorrelationId(this HttpContext context, string correlationId) =>
        context.Items[ItemKey] = correlationId;
}
