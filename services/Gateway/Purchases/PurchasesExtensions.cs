using PurchasePlatform.Gateway.Routing;

namespace PurchasePlatform.Gateway.Purchases;

internal static class PurchasesExtensions
{
    private static readonly TimeSpan OrchestratorTimeout = TimeSpan.FromSeconds(15);

    /// <summary>Seed 000's purchase front: the orchestrator's client through the gateway's sidecar.</summary>
    public static IServiceCollection AddPurchases(this IServiceCollection services)
    {
        services.AddHttpClient<OrchestratorClient>(client =>
            {
                client.BaseAddress = new Uri($"http://{OrchestratorClient.AppId}/");
                client.Timeout = OrchestratorTimeout;
            })
            .AddSidecarInvocation();
        return services;
    }

    public static WebApplication MapPurchases(this WebApplication app)
    {
        app.MapPurchaseApi();
        return app;
    }
}
