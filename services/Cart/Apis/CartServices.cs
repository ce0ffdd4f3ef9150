using Microsoft.Extensions.Options;
using PurchasePlatform.Cart.Catalog;
using PurchasePlatform.Cart.Coupons;
using PurchasePlatform.Cart.Domain;
using PurchasePlatform.Cart.Infrastructure;

namespace PurchasePlatform.Cart.Apis;

/// <summary>What the cart routes work with.</summary>
public sealed class CartServices(CartStore carts, ICatalogLookup catalog, CouponBook coupons, CouponUsageStore couponUsage,
    IOptions<CartOptions> options, TimeProvider clock)
{
    public CartStore Carts => carts;

    public ICatalogLookup Catalog => catalog;

    public CouponBook Coupons => coupons;

    public CouponUsageStore CouponUsage => couponUsage;

    public CartOptions Options => options.Value;

    public DateTimeOffset Now => clock.GetUtcNow();

    public CartTotals Totals(ShoppingCart cart) => CartTotals.Of(cart, coupons.Find(cart.CouponCode), options.Value.TaxRateBasisPoints, Now);

    public async Task<ProductInfo?> FindProductAsync(string productId, CancellationToken cancellationToken) =>
        (await catalog.FindAsync([productId], cancellationToken)).GetValueOrDefault(productId);
}
