using PurchasePlatform.BuildingBlocks.Errors;
using PurchasePlatform.BuildingBlocks.Snapshots;
using PurchasePlatform.Cart.Apis;
using PurchasePlatform.Cart.Coupons;
using PurchasePlatform.Cart.Domain;
using PurchasePlatform.Cart.Infrastructure;

namespace PurchasePlatform.Cart.Snapshots;

/// <summary>
/// Takes the signed checkout snapshot of a user's cart: every product is looked up again; one gone or inactive, or
/// with less stock than the cart holds, refuses the snapshot; a changed price is written into the cart (a new cart
/// version) and listed in <c>pricingSnapshot.priceChanges</c>. The coupon is checked again and its use counted
/// (once per cart id). The snapshot is signed with <c>cart:snapshotSecret</c>.
/// </summary>
public sealed class CartSnapshots(CartServices services, SnapshotSecret secret)
{
    private const int MaxRepricings = 5;

    public async Task<SnapshotOutcome> TakeAsync(Guid userId, CancellationToken cancellationToken)
    {
        if (await secret.GetAsync(cancellationToken) is not { } key)
        {
            return CartErrors.CannotSign();
        }

        var changes = new Dictionary<string, CartPriceChange>(StringComparer.Ordinal);
        for (var round = 0; round < MaxRepricings; round++)
        {
            var cart = await services.Carts.GetAsync(userId, cancellationToken);
            if (cart.Items.Count == 0)
            {
                return CartErrors.Empty();
            }

            var products = await services.Catalog.FindAsync(cart.Items.Select(item => item.ProductId).ToList(), cancellationToken);
            if (Unsellable(cart, products) is { } refusal)
            {
                return refusal;
            }

            var newPrices = cart.Items
                .Where(item => products[item.ProductId].PriceCents != item.UnitPriceCents)
                .ToDictionary(item => item.ProductId, item => products[item.ProductId].PriceCents, StringComparer.Ordinal);
            if (newPrices.Count == 0)
            {
                return await SignAsync(cart, changes.Values.ToList(), key, cancellationToken);
            }

            foreach (var item in cart.Items.Where(item => newPrices.ContainsKey(item.ProductId)))
            {
                var previous = changes.TryGetValue(item.ProductId, out var earlier) ? earlier.PreviousUnitPriceCents : item.UnitPriceCents;
                changes[item.ProductId] = new CartPriceChange(item.ProductId, previous, newPrices[item.ProductId]);
            }

            // Reprice only the cart version that was checked; if it changed meanwhile, check the new one.
            await services.Carts.ChangeAsync<bool>(userId, current => current.CartId == cart.CartId && current.Version == cart.Version
                ? StateEdit<ShoppingCart, bool>.Save(current.Repriced(newPrices, services.Carts.Now), true)
                : StateEdit<ShoppingCart, bool>.Keep(false), cancellationToken);
        }

        return CartErrors.ChangedConcurrently();
    }

    private static ErrorResult? Unsellable(ShoppingCart cart, IReadOnlyDictionary<string, ProductInfo> products)
    {
        for (var i = 0; i < cart.Items.Count; i++)
        {
            var item = cart.Items[i];
            if (!products.TryGetValue(item.ProductId, out var product) || !product.IsActive)
            {
                return CartErrors.Unavailable(item.ProductId, $"items[{i}].productId");
            }

            if (product.StockAvailable < item.Quantity)
            {
                return CartErrors.InsufficientStock(product.StockAvailable, item.Quantity, $"items[{i}].quantity");
            }
        }

        return null;
    }

    private async Task<SnapshotOutcome> SignAsync(ShoppingCart cart, IReadOnlyList<CartPriceChange> priceChanges, string key,
        CancellationToken cancellationToken)
    {
        var now = services.Now;
        Coupon? coupon = null;
        if (cart.CouponCode is { } code)
        {
            coupon = services.Coupons.Find(code);
            var subtotal = cart.Items.Sum(item => item.SubtotalCents);
            if (coupon is null)
            {
                return CartErrors.CouponUnknown();
            }

            var check = CouponRules.Check(coupon, subtotal, now);
            if (check == CouponCheck.Usable)
            {
                check = await services.CouponUsage.ClaimAsync(coupon, cart.UserId, cart.CartId, cancellationToken);
            }

            if (check != CouponCheck.Usable)
            {
                return CartErrors.Coupon(check, coupon, subtotal);
            }
        }

        var totals = CartTotals.Of(cart, coupon, services.Options.TaxRateBasisPoints, now);
        var currency = services.Options.Currency;
        var snapshot = new CartSnapshot(
            Guid.NewGuid(),
            cart.CartId,
            cart.Version,
            currency,
            cart.Items.Select(item => new CartSnapshotItem(item.Id, item.ProductId, item.Sku, item.ProductName, item.ProductImage,
                item.UnitPriceCents, item.Quantity, item.SubtotalCents)).ToList(),
            new CartSnapshotTotals(totals.Lines, totals.Quantity, totals.SubtotalCents, currency),
            TruncateToMilliseconds(now),
            cart.UserId.ToString("D"),
            new CartPricingSnapshot(totals.SubtotalCents, totals.AppliedCoupon?.Code, totals.AppliedCoupon?.Type.WireName(),
                totals.AppliedCoupon?.Value, totals.DiscountCents, totals.TaxRateBasisPoints, totals.TaxableCents, totals.TaxCents,
                totals.TotalCents, Money.RoundingRule, priceChanges));
        return CartSnapshotSigner.Sign(snapshot, key);
    }

    private static DateTimeOffset TruncateToMilliseconds(DateTimeOffset time) =>
        new(time.UtcTicks - time.UtcTicks % TimeSpan.TicksPerMillisecond, TimeSpan.Zero);
}
