using PurchasePlatform.BuildingBlocks.Hosting;
using PurchasePlatform.Payments.Processing;

namespace PurchasePlatform.Payments.Orders;

/// <summary>The HTTP client to Orders through the Dapr sidecar (service invocation with the <c>dapr-app-id</c> header).</summary>
internal static class OrdersInvocation
{
    public static void Configure(HttpClient client, IConfiguration configuration, PaymentsOptions options)
    {
        client.BaseAddress = DaprEndpoints.SidecarHttpEndpoint(configuration);
        client.Timeout = options.OrdersTimeout;
        client.DefaultRequestHeaders.Add("dapr-app-id", options.OrdersAppId);
        if (configuration["DAPR_API_TOKEN"] is { Length: > 0 } token)
        {
            client.DefaultRequestHeaders.Add("dapr-api-token", token);
        }
    }
}
