using System.Globalization;
using PurchasePlatform.BuildingBlocks.Hosting;

namespace PurchasePlatform.Gateway.Routing;

/// <summary>Where the gateway's own Dapr sidecar takes HTTP calls: <c>DAPR_HTTP_ENDPOINT</c>, else 127.0.0.1 on <c>DAPR_HTTP_PORT</c>.</summary>
internal static class DaprSidecarAddress
{
    public static string From(IConfiguration configuration)
    {
        var endpoint = configuration["DAPR_HTTP_ENDPOINT"];
        if (!string.IsNullOrWhiteSpace(endpoint))
        {
            return endpoint;
        }

        // 127.0.0.1 rather than localhost: sidecars listen on IPv4 loopback, and localhost would try ::1 first on every new connection.
        var port = configuration["DAPR_HTTP_PORT"];
        return $"http://127.0.0.1:{(string.IsNullOrWhiteSpace(port) ? DaprEndpoints.DefaultHttpPort.ToString(CultureInfo.InvariantCulture) : port)}";
    }
}
