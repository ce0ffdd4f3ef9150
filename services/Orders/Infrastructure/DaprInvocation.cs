using PurchasePlatform.BuildingBlocks.Hosting;

namespace PurchasePlatform.Orders.Infrastructure;

/// <summary>HTTP clients that call another app through the Dapr sidecar (service invocation with the <c>dapr-app-id</c> header).</summary>
internal static class DaprInvocation
{
    private const string AppIdHeader = "dapr-app-id";
    private const string ApiTokenHeader = "dapr-api-token";

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
