using Microsoft.Extensions.Options;
using PurchasePlatform.BuildingBlocks.Hosting;

namespace PurchasePlatform.Cart.Catalog;

/// <summary>The HTTP client of <see cref="DaprCatalogLookup"/>: the Dapr sidecar, invoking the catalog app.</summary>
public static class CatalogHttpClient
{
    private const string AppIdHeader = "dapr-app-id";
    private const string ApiTokenHeader = "dapr-api-token";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    public static IServiceCollection AddCatalogLookup(this IServiceCollection services)
    {
        services.AddHttpClient<ICatalogLookup, DaprCatalogLookup>((provider, client) =>
        {
            var configuration = provider.GetRequiredService<IConfiguration>();
            client.BaseAddress = DaprEndpoints.SidecarHttpEndpoint(configuration);
            client.Timeout = Timeout;
            client.DefaultRequestHeaders.Add(AppIdHeader, provider.GetRequiredService<IOptions<CartOptions>>().Value.CatalogAppId);
            if (configuration["DAPR_API_TOKEN"] is { Length: > 0 } token)
            {
                client.DefaultRequestHeaders.Add(ApiTokenHeader, token);
            }
        });
        return services;
    }
}
