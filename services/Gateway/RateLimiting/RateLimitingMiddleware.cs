using PurchasePlatform.Gateway.Errors;

namespace PurchasePlatform.Gateway.RateLimiting;

/// <summary>
/// Counts every request but probes against its caller's plan, puts the X-RateLimit-* headers on the response
/// whatever answers it, and refuses a request over the limit with the documented 429 body and Retry-After.
/// </summary>
internal sealed class RateLimitingMiddleware(RequestDelegate next, IRateLimitStore store, RateLimitPlans plans)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (UnmeteredPaths.Contains(context.Request.Path) || context.GetEndpoint()?.Metadata.GetMetadata<PlanRateLimitExemption>() is not null)
        {
            await next(context);
            return;
        }

        var decision = await store.TryAcquireAsync(RateLimitClients.KeyFor(context), plans.For(context.User), context.RequestAborted);

        // At start rather than now: the proxy and the exception handler clear headers set before them.
        context.Response.OnStarting(() =>
        {
            RateLimitHeaders.Write(context.Response.Headers, decision);
            return Task.CompletedTask;
        });

        if (!decision.Allowed)
        {
            await GatewayErrors.RateLimitExceeded(decision.RetryAfterSeconds).ExecuteAsync(context);
            return;
        }

        await next(context);
    }
}
