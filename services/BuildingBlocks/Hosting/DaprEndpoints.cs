using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace PurchasePlatform.BuildingBlocks.Hosting;

/// <summary>Where the Dapr sidecar and the app listen, read the way the Dapr SDK and CLI define them.</summary>
public static class DaprEndpoints
{
    public const int DefaultHttpPort = 3500;

    /// <summary>
    /// <c>DAPR_HTTP_ENDPOINT</c>, else <c>http://127.0.0.1:{DAPR_HTTP_PORT ?? 3500}</c>; always ends with '/'.
    /// 127.0.0.1 rather than localhost: sidecars listen on IPv4 loopback, and localhost would try ::1 first on every new connection.
    /// </summary>
    public static Uri SidecarHttpEndpoint(IConfiguration configuration)
    {
        var endpoint = configuration["DAPR_HTTP_ENDPOINT"];
        if (string.IsNullOrWhiteSpace(endpoint))
        {
            var port = configuration["DAPR_HTTP_PORT"];
            endpoint = $"http://127.0.0.1:{(string.IsNullOrWhiteSpace(port) ? DefaultHttpPort.ToString(CultureInfo.InvariantCulture) : port)}";
        }

        return new Uri(endpoint.EndsWith('/') ? endpoint : endpoint + "/", UriKind.Absolute);
    }

    /// <summary>The port Dapr expects the app on (<c>APP_PORT</c>), or null when not run by Dapr.</summary>
    public static int? AppPort(IConfiguration configuration) =>
        int.TryParse(configuration["APP_PORT"], NumberStyles.None, CultureInfo.InvariantCulture, out var port) ? port : null;
}
