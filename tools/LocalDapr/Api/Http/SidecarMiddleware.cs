using System.Text.RegularExpressions;
using LocalDapr.Runtime;

namespace LocalDapr.Api.Http;

/// <summary>
/// Front of every sidecar request: collapses repeated slashes (daprd's CleanPathMiddleware), finds the app whose
/// port was called, enforces <c>dapr-api-token</c> (health routes exempt), routes <c>dapr-app-id</c> header calls to
/// invocation, and turns <see cref="DaprApiException"/> into Dapr's error body.
/// </summary>
public sealed partial class SidecarMiddleware(RequestDelegate next, SidecarRegistry registry)
{
    [GeneratedRegex("/{2,}")]
    private static partial Regex RepeatedSlashes();

    public async Task InvokeAsync(HttpContext context, InvocationEndpoints invocation)
    {
        var path = context.Request.Path.Value ?? "/";
        if (path.Contains("//", StringComparison.Ordinal)) context.Request.Path = RepeatedSlashes().Replace(path, "/");

        var sidecar = registry.ByLocalPort(context.Connection.LocalPort);
        if (sidecar is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        context.SetSidecar(sidecar);
        var isGrpc = context.Request.ContentType?.StartsWith("application/grpc", StringComparison.Ordinal) == true;
        if (isGrpc)
        {
            // The gRPC service checks the token itself and answers with a gRPC status.
            await next(context);
            return;
        }

        if (sidecar.ApiToken is not null && !IsExempt(context.Request.Path)
            && !string.Equals(context.Request.Headers["dapr-api-token"], sidecar.ApiToken, StringComparison.Ordinal))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync("invalid api token\n");
            return;
        }

        try
        {
            var headerAppId = context.Request.Headers["dapr-app-id"].ToString();
            if (headerAppId.Length > 0 && !context.Request.Path.StartsWithSegments("/v1.0/invoke", StringComparison.Ordinal))
            {
                await invocation.ForwardAsync(context, headerAppId, context.Request.Path + context.Request.QueryString);
                return;
            }

            await next(context);
        }
        catch (DaprApiException error) when (!context.Response.HasStarted)
        {
            await context.Response.WriteDaprErrorAsync(error);
        }
    }

    private static bool IsExempt(PathString path) =>
        path.StartsWithSegments("/v1.0/healthz", StringComparison.Ordinal);
}
