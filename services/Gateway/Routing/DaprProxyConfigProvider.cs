using System.Net;
using Microsoft.Extensions.Primitives;
using PurchasePlatform.BuildingBlocks.Hosting;
using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Forwarder;

namespace PurchasePlatform.Gateway.Routing;

/// <summary>
/// YARP routes and clusters built from <see cref="ServiceRoutes"/>: one cluster per app id, each with the gateway's
/// sidecar as its only destination; <see cref="DaprInvocationTransforms"/> adds the <c>dapr-app-id</c> header that
/// makes the sidecar invoke that app with the path unchanged. Built when YARP first asks, so configuration added
/// after the services were registered (tests) is seen.
/// </summary>
internal sealed class DaprProxyConfigProvider(IConfiguration configuration) : IProxyConfigProvider
{
    private readonly Lazy<IProxyConfig> config = new(() => Build(DaprEndpoints.SidecarHttpEndpoint(configuration).AbsoluteUri));

    public IProxyConfig GetConfig() => config.Value;

    private static ProxyConfig Build(string sidecarAddress)
    {
        var routes = ServiceRoutes.All
            .Select(route => new RouteConfig
            {
                RouteId = route.RouteId,
                ClusterId = route.AppId,
                Match = new RouteMatch { Path = route.PathTemplate, Methods = route.Methods },
            })
            .ToList();

        var clusters = ServiceRoutes.All
            .Select(route => route.AppId)
            .Distinct(StringComparer.Ordinal)
            .Select(appId => new ClusterConfig
            {
                ClusterId = appId,
                Destinations = new Dictionary<string, DestinationConfig> { ["sidecar"] = new() { Address = sidecarAddress } },
                HttpRequest = new ForwarderRequestConfig { Version = HttpVersion.Version11, VersionPolicy = HttpVersionPolicy.RequestVersionOrLower },
            })
            .ToList();

        return new ProxyConfig(routes, clusters);
    }

    private sealed class ProxyConfig(IReadOnlyList<RouteConfig> routes, IReadOnlyList<ClusterConfig> clusters) : IProxyConfig
    {
        public IReadOnlyList<RouteConfig> Routes { get; } = routes;

        public IReadOnlyList<ClusterConfig> Clusters { get; } = clusters;

        // The table is fixed for the life of the process.
        public IChangeToken ChangeToken { get; } = new CancellationChangeToken(CancellationToken.None);
    }
}
