using Microsoft.Extensions.Options;
using PurchasePlatform.BuildingBlocks.Hosting;

namespace PurchasePlatform.Inventory.Catalog;

public static class CatalogServiceCollectionExtensions
{
    /// <summary>The catalog client (service invocation through the sidecar) and the start-up stock sync.</summary>
    public static IServiceCollection AddCatalogStockSync(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHttpClient<ICatalogProducts, DaprCatalogProducts>((provider, client) =>
        {
            var settings = provider.GetRequiredService<IOptions<InventoryOptions>>().Value.CatalogSync;
            SidecarInvocation.Configure(client, configuration, settings.CatalogAppId, settings.RequestTimeout);
        });
        services.AddHostedService<CatalogStockSync>();
        return services;
    }
}
