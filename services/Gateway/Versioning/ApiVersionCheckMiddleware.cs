using PurchasePlatform.Gateway.Errors;

namespace PurchasePlatform.Gateway.Versioning;

/// <summary>
/// Refuses a request for any version but v1 — in <c>X-API-Version</c> (a blank header counts as absent) or in the
/// path (<c>/api/v2/...</c>) — with 400 UNSUPPORTED_API_VERSION.
/// </summary>
internal sealed class ApiVersionCheckMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var unsupportedHeader = context.Request.Headers[ApiVersions.HeaderName]
            .FirstOrDefault(value => !string.IsNullOrWhiteSpace(value) && !ApiVersions.IsSupported(value));
        if (unsupportedHeader is not null)
        {
            return GatewayErrors.UnsupportedApiVersion(ApiVersions.ForMessage(unsupportedHeader)).ExecuteAsync(context);
        }

        if (ApiVersions.RequestedInPath(context.Request.Path) is { } inPath && !ApiVersions.IsSupported(inPath))
        {
            return GatewayErrors.UnsupportedApiVersion(ApiVersions.ForMessage(inPath)).ExecuteAsync(context);
        }

        return next(context);
    }
}
