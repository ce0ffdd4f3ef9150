using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using PurchasePlatform.Gateway.Errors;

namespace PurchasePlatform.Gateway.Requests;

/// <summary>
/// Refuses a body declared (Content-Length) larger than the limit with the 413 envelope before anything is read,
/// and caps the server's body size for this request so that a chunked body fails once it passes the limit.
/// </summary>
internal sealed class RequestSizeLimitMiddleware(RequestDelegate next, IOptions<RequestLimitOptions> options)
{
    public Task InvokeAsync(HttpContext context)
    {
        var limit = options.Value.MaxRequestBodyBytes;
        if (context.Request.ContentLength > limit)
        {
            return GatewayErrors.PayloadTooLarge(limit).ExecuteAsync(context);
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = limit;
        }

        return next(context);
    }
}
