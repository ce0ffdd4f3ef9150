using PurchasePlatform.Cart.Coupons;

namespace PurchasePlatform.Cart.Domain;

/// <summary>
/// A cart's amounts in cents: subtotal = sum of the lines; discount from the coupon when it applies now (not expired,
/// minimum reached), at most the subtotal; tax = the rate on (subtotal - discount), rounded by <see cref="Money"/>'s
/// rule; total = subtotal - discount + tax.
/// </summary>
public sealed record CartTotals(int Lines, int Quantity, long SubtotalCents, Coupon? AppliedCoupon, long DiscountCents, int TaxRateBasisPoints,
    long TaxCents)
{
    public long TaxableCents => SubtotalCents - DiscountCents;

    public long TotalCents => TaxableCents + TaxCents;

    public static CartTotals Of(ShoppingCart cart, Coupon? coupon, int taxRateBasisPoints, DateTimeOffset now)
    {
        var subtotal = cart.Items.Sum(item => item.SubtotalCents);
        var applied = coupon is not null && CouponRules.Applies(coupon, subtotal, now) ? coupon : null;
        var discount = applied?.DiscountOn(subtotal) ?? 0;
        var tax = Money.ApplyRate(subtotal - discount, taxRateBasisPoints);
        return new CartTotals(cart.Items.Count, cart.TotalQuantity, subtotal, applied, discount, taxRateBasisPoints, tax);
    }
}
