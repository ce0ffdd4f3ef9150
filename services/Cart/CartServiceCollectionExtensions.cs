using Dapr.Client;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PurchasePlatform.BuildingBlocks.Secrets;
using PurchasePlatform.Cart.Apis;
using PurchasePlatform.Cart.Catalog;
using PurchasePlatform.Cart.Coupons;
using PurchasePlatform.Cart.Infrastructure;
using PurchasePlatform.Cart.Snapshots;

namespace PurchasePlatform.Cart;

public static class CartServiceCollectionExtensions
{
    public static IServiceCollection AddCart(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CartOptions>().Bind(configuration.GetSection(CartOptions.Section))
            .Validate(options => options.TaxRateBasisPoints >= 0, "Cart:TaxRatePercent is invalid")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<CouponBook>();
        services.AddSingleton<OptimisticStateStore>();
        services.AddSingleton<CartStore>();
        services.AddSingleton<CouponUsageStore>();
        services.AddSingleton(provider => new SecretStoreReader(provider.GetRequiredService<DaprClient>(),
            provider.GetRequiredService<IOptions<CartOptions>>().Value.SecretStoreName));
        services.AddSingleton<SnapshotSecret>();
        services.AddCatalogLookup();
        services.AddScoped<CartServices>();
        services.AddScoped<CartSnapshots>();
        return services;
    }
}
