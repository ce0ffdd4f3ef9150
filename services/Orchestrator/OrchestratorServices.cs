using Dapr.Client;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PurchasePlatform.BuildingBlocks.Hosting;
using PurchasePlatform.BuildingBlocks.ServiceIdentity;
using PurchasePlatform.Orchestrator.Actors;
using PurchasePlatform.Orchestrator.Purchases;
using PurchasePlatform.Orchestrator.Saga;
using PurchasePlatform.Orchestrator.Steps;
using PurchasePlatform.Orchestrator.Store;

namespace PurchasePlatform.Orchestrator;

public static class OrchestratorServices
{
    /// <summary>
    /// The saga (state machine, its activities over Dapr invocation with the orchestrator's client-credentials token),
    /// its actor, the read-model store and the start checks. Call before <c>BuildWithServiceDefaults</c>.
    /// </summary>
    public static IServiceCollection AddOrchestrator(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OrchestratorOptions>().BindConfiguration(OrchestratorOptions.SectionName)
            .Validate(options => options.IsValid(), "Orchestrator: ResumeInterval, CallTimeout, MaxLines and MaxQuantity must be above 0")
            .ValidateOnStart();
        services.AddOptions<SagaRetryPolicy>().BindConfiguration(SagaRetryPolicy.SectionName)
            .Validate(policy => policy.IsValid(), "Orchestrator:Retry: attempts above 0 and 0 < FirstDelay <= MaxDelay")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddServiceIdentity(configuration, "orchestrator");

        foreach (var (name, appId) in new (string, Func<OrchestratorOptions, string>)[]
                 {
                     (ServiceClients.Inventory, o => o.InventoryAppId), (ServiceClients.Catalog, o => o.CatalogAppId),
                     (ServiceClients.Orders, o => o.OrdersAppId), (ServiceClients.Payments, o => o.PaymentsAppId),
                 })
        {
            AddServiceClient(services, name, appId).AddServiceToken();
        }

        AddServiceClient(services, ServiceClients.PaymentsAsCustomer, o => o.PaymentsAppId);

        services.TryAddSingleton<IPurchaseStore, DaprPurchaseStore>();
        services.TryAddSingleton<IPurchaseEventPublisher, DaprPurchaseEventPublisher>();
        services.TryAddSingleton<IPurchaseSteps, DaprPurchaseSteps>();
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<SagaRetryPolicy>>().Value);
        services.AddSingleton<PurchaseSaga>();
        services.AddSingleton<PurchaseStartChecks>();
        services.AddActors(options =>
        {
            options.Actors.RegisterActor<PurchaseSagaActor>();
            options.UseJsonSerialization = true;
        });
        return services;
    }

    // http://{app-id}/... is turned into a Dapr service invocation on the sidecar.
    private static IHttpClientBuilder AddServiceClient(IServiceCollection services, string name, Func<OrchestratorOptions, string> appId) =>
        services.AddHttpClient(name, (provider, client) =>
            {
                var options = provider.GetRequiredService<IOptions<OrchestratorOptions>>().Value;
                client.BaseAddress = new Uri($"http://{appId(options)}/");
                client.Timeout = options.CallTimeout;
            })
            .AddHttpMessageHandler(provider => new InvocationHandler
            {
                DaprEndpoint = DaprEndpoints.SidecarHttpEndpoint(provider.GetRequiredService<IConfiguration>()).AbsoluteUri,
            });
}
