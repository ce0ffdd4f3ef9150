using Microsoft.AspNetCore.Http;
using Serilog.Context;

namespace PurchasePlatform.BuildingBlocks.Correlation;

/// <summary>Takes the caller's X-Correlation-Id (or makes one), exposes it to the request, its logs and the response.</summary>
internal sealed class CorrelationIdMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        string? incoming = context.Request.Headers[CorrelationIds.HeaderName];
        var correlationId = CorrelationIds.IsAcceptable(incoming) ? incoming! : CorrelationIds.New();
        context.SetCorrelationId(correlationId);

        // Set at start rather than now: the exception handler clears headers before writing its response.
        context.Response.OnStarting(() =>
        {
            context.Response.Headers[CorrelationIds.HeaderName] = correlationId;
            return Task.CompletedTask;
        });

        using (LogContext.PushProperty(CorrelationIds.LogPropertyName, correlationId))
        {
            await next(context);
        }
    }
}
