using Dapr.Client;
using PurchasePlatform.BuildingBlocks.Hosting;
using PurchasePlatform.Gateway.Routing;

namespace PurchasePlatform.Gateway.Purchases;

internal static class PurchasesExtensions
{
    private static readonly TimeSpan OrchestratorTimeout = TimeSpan.FromSeconds(15);

    /// <summary>Seed 000's purchase front: the orchestrator's client through the gateway's sidecar.</summary>
    public static IServiceCollection AddPurchases(this IServiceCollection services)
    {
        // http://orchestrator/... is rewritten by Dapr's InvocationHandler into a service invocation on the sidecar.
        services.AddHttpClient<OrchestratorClient>((provider, client) =>
            {
                client.BaseAddress = new Uri($"http://{OrchestratorClient.AppId}/");
                client.Timeout = OrchestratorTimeout;
                var apiToken = provider.GetRequiredService<IConfiguration>()["DAPR_API_TOKEN"];
                if (!string.IsNullOrEmpty(apiToken))
                {
                    client.DefaultRequestHeaders.TryAddWithoutValidation(DaprHeaders.ApiToken, apiToken);
                }
            })
            .AddHttpMessageHandler(provider => new InvocationHandler
            {
                DaprEndpoint = DaprEndpoints.SidecarHttpEndpoint(provider.GetRequiredService<IConfiguration>()).AbsoluteUri,
            });
        return services;
    }

    public static WebApplication MapPurchases(this WebApplication app)
    {
        app.MapPurchaseApi();
        return app;
    }
}
