namespace PurchasePlatform.Gateway.Versioning;

/// <summary>Every response says which API version answered it: <c>X-API-Version: v1</c>.</summary>
internal sealed class ApiVersionHeaderMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        // At start rather than now: the proxy and the exception handler clear headers set before them.
        context.Response.OnStarting(static state =>
        {
            ((HttpResponse)state).Headers[ApiVersions.HeaderName] = ApiVersions.Current;
            return Task.CompletedTask;
        }, context.Response);
        return next(context);
    }
}
