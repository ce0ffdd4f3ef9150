using Microsoft.Extensions.Options;
using PurchasePlatform.BuildingBlocks.Hosting;

namespace PurchasePlatform.Inventory.Catalog;

public static class CatalogServiceCollectionExtensions
{
    private const string AppIdHeader = "dapr-app-id";
    private const string ApiTokenHeader = "dapr-api-token";

    /// <summary>The catalog client (service invocation through the sidecar) and the start-up stock sync.</summary>
    public static IServiceCollection AddCatalogStockSync(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHttpClient<ICatalogProducts, DaprCatalogProducts>((provider, client) =>
        {
            var settings = provider.GetRequiredService<IOptions<InventoryOptions>>().Value.CatalogSync;
            client.BaseAddress = DaprEndpoints.SidecarHttpEndpoint(configuration);
            client.Timeout = settings.RequestTimeout;
            client.DefaultRequestHeaders.Add(AppIdHeader, settings.CatalogAppId);
            if (configuration["DAPR_API_TOKEN"] is { Length: > 0 } token)
            {
                client.DefaultRequestHeaders.Add(ApiTokenHeader, token);
            }
        });
        services.AddHostedService<CatalogStockSync>();
        return services;
    }
}
