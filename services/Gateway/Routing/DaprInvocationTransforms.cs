using PurchasePlatform.BuildingBlocks.Correlation;
using Yarp.ReverseProxy.Transforms;
using Yarp.ReverseProxy.Transforms.Builder;

namespace PurchasePlatform.Gateway.Routing;

/// <summary>
/// Turns a forwarded request into a Dapr service invocation through the gateway's sidecar: the target's app id in
/// <c>dapr-app-id</c>, the gateway's <c>dapr-api-token</c> when one is configured, the request's correlation id
/// (the client's, or the one the gateway made); other headers (Authorization, X-API-Version, ...), path, query
/// and body go through as they came.
/// </summary>
internal sealed class DaprInvocationTransforms(IConfiguration configuration) : ITransformProvider
{
    public void ValidateRoute(TransformRouteValidationContext context)
    {
    }

    public void ValidateCluster(TransformClusterValidationContext context)
    {
    }

    public void Apply(TransformBuilderContext context)
    {
        // Clusters are named after the app id they invoke (see DaprProxyConfigProvider).
        if (context.Route.ClusterId is not { } appId)
        {
            return;
        }

        var apiToken = configuration["DAPR_API_TOKEN"];
        context.AddRequestTransform(transform =>
        {
            var headers = transform.ProxyRequest.Headers;
            foreach (var name in headers.Select(header => header.Key).Where(DaprHeaders.IsDaprHeader).ToList())
            {
                headers.Remove(name);
            }

            headers.TryAddWithoutValidation(DaprHeaders.AppId, appId);
            if (!string.IsNullOrEmpty(apiToken))
            {
                headers.TryAddWithoutValidation(DaprHeaders.ApiToken, apiToken);
            }

            headers.Remove(CorrelationIds.HeaderName);
            if (transform.HttpContext.GetCorrelationId() is { } correlationId)
            {
                headers.TryAddWithoutValidation(CorrelationIds.HeaderName, correlationId);
            }

            return ValueTask.CompletedTask;
        });
        context.AddResponseTransform(transform => DaprInvocationFailure.DetectAsync(transform, appId));
    }
}
