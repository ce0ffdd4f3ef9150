using Microsoft.Extensions.Configuration;

namespace PurchasePlatform.BuildingBlocks.Hosting;

/// <summary>
/// An HTTP client that calls another app through this app's Dapr sidecar: service invocation with the
/// <c>dapr-app-id</c> header, and the app's <c>DAPR_API_TOKEN</c> when the sidecar requires one.
/// </summary>
public static class SidecarInvocation
{
    public const string AppIdHeader = "dapr-app-id";
    public const string ApiTokenHeader = "dapr-api-token";

    public static void Configure(HttpClient client, IConfiguration configuration, string appId, TimeSpan timeout)
    {
        client.BaseAddress = DaprEndpoints.SidecarHttpEndpoint(configuration);
        client.Timeout = timeout;
        client.DefaultRequestHeaders.Add(AppIdHeader, appId);
        if (configuration["DAPR_API_TOKEN"] is { Length: > 0 } token)
        {
            client.DefaultRequestHeaders.Add(ApiTokenHeader, token);
        }
    }
}
