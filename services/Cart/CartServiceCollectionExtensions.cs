using Microsoft.Extensions.DependencyInjection.Extensions;
using PurchasePlatform.BuildingBlocks.Secrets;
using PurchasePlatform.Cart.Apis;
using PurchasePlatform.Cart.Catalog;
using PurchasePlatform.Cart.Checkout;
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
        services.AddSecretStoreReader(CartOptions.Section);
        services.AddSingleton<SnapshotSecret>();
        services.AddCatalogLookup();
        services.AddScoped<CartServices>();
        services.AddScoped<CartSnapshots>();
        services.AddSingleton<CartCheckouts>();
        return services;
    }
}
