using Dapr.Client;
using PurchasePlatform.BuildingBlocks.Hosting;

namespace PurchasePlatform.Gateway.Routing;

internal static class SidecarInvocationExtensions
{
    /// <summary>
    /// Turns the client's <c>http://{app-id}/...</c> requests into Dapr service invocations on the gateway's sidecar,
    /// with the gateway's <c>dapr-api-token</c>.
    /// </summary>
    public static IHttpClientBuilder AddSidecarInvocation(this IHttpClientBuilder builder) => builder
        .AddHttpMessageHandler(provider => new InvocationHandler
        {
            DaprEndpoint = DaprEndpoints.SidecarHttpEndpoint(provider.GetRequiredService<IConfiguration>()).AbsoluteUri,
        })
        .AddHttpMessageHandler(provider => new DaprApiTokenHandler(provider.GetRequiredService<IConfiguration>()));
}
