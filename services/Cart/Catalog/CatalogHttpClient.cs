using Microsoft.Extensions.Options;
using PurchasePlatform.BuildingBlocks.Hosting;

namespace PurchasePlatform.Cart.Catalog;

/// <summary>The HTTP client of <see cref="DaprCatalogLookup"/>: the Dapr sidecar, invoking the catalog app.</summary>
public static class CatalogHttpClient
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    public static IServiceCollection AddCatalogLookup(this IServiceCollection services)
    {
        services.AddHttpClient<ICatalogLookup, DaprCatalogLookup>((provider, client) => SidecarInvocation.Configure(client,
            provider.GetRequiredService<IConfiguration>(), provider.GetRequiredService<IOptions<CartOptions>>().Value.CatalogAppId, Timeout));
        return services;
    }
}
