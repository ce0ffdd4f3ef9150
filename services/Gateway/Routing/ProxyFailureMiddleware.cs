using Microsoft.Extensions.Options;
using PurchasePlatform.BuildingBlocks.Errors;
using PurchasePlatform.Gateway.Errors;
using PurchasePlatform.Gateway.Requests;
using Yarp.ReverseProxy.Forwarder;

namespace PurchasePlatform.Gateway.Routing;

/// <summary>
/// First step of the proxy pipeline. When the call could not be delivered — the sidecar is not reachable or timed
/// out, or it could not reach the app — answers 503 SERVICE_UNAVAILABLE in place of YARP's bare 502/504 or Dapr's
/// error body. A body over the size limit that only showed while being streamed (no Content-Length) becomes the
/// 413 envelope. Whatever the downstream app answered itself, errors included, is left alone.
/// </summary>
internal sealed class ProxyFailureMiddleware(RequestDelegate next, IOptions<RequestLimitOptions> limits, ILogger<ProxyFailureMiddleware> logger)
{
    private static readonly HashSet<ForwarderError> DeliveryFailures =
    [
        ForwarderError.Request,
        ForwarderError.RequestTimedOut,
        ForwarderError.RequestBodyDestination,
        ForwarderError.ResponseHeaders,
        ForwarderError.NoAvailableDestinations,
    ];

    public async Task InvokeAsync(HttpContext context)
    {
        // YARP clears the response on failure, which would also drop what earlier middleware set (CORS headers).
        var headersBefore = context.Response.Headers.ToList();

        await next(context);

        if (context.Response.HasStarted || Failure(context) is not { } failure)
        {
            return;
        }

        context.Response.Clear();
        foreach (var (name, value) in headersBefore)
        {
            context.Response.Headers[name] = value;
        }

        await failure.ExecuteAsync(context);
    }

    private ErrorResult? Failure(HttpContext context)
    {
        var appId = ProxiedRoutes.TargetAppId(context) ?? "downstream";
        var forwarderError = context.GetForwarderErrorFeature();

        if (forwarderError?.Error == ForwarderError.RequestBodyClient && context.Response.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return GatewayErrors.PayloadTooLarge(limits.Value.MaxRequestBodyBytes);
        }

        if (forwarderError is not null && DeliveryFailures.Contains(forwarderError.Error))
        {
            logger.LogWarning(forwarderError.Exception, "Could not reach {AppId} through the Dapr sidecar: {ForwarderError}", appId, forwarderError.Error);
            return GatewayErrors.ServiceUnavailable(appId);
        }

        if (DaprInvocationFailure.Of(context) is { } unreachable)
        {
            logger.LogWarning("The Dapr sidecar could not invoke {AppId}: {DaprMessage}", unreachable.AppId, unreachable.DaprMessage);
            return GatewayErrors.ServiceUnavailable(unreachable.AppId);
        }

        return null;
    }
}
