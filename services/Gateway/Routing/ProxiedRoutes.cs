using Yarp.ReverseProxy.Model;

namespace PurchasePlatform.Gateway.Routing;

internal static class ProxiedRoutes
{
    /// <summary>The app id a request is forwarded to, or null when it matched none of <see cref="ServiceRoutes"/>.</summary>
    public static string? TargetAppId(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<RouteModel>()?.Config.ClusterId;
}
