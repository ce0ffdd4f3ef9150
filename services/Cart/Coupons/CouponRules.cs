namespace PurchasePlatform.Cart.Coupons;

/// <summary>The checks a coupon must pass against a cart; usage limits are checked against <see cref="CouponUsage"/>.</summary>
public static class CouponRules
{
    public static bool Applies(Coupon coupon, long subtotalCents, DateTimeOffset now) => Check(coupon, subtotalCents, now) == CouponCheck.Usable;

    public static CouponCheck Check(Coupon coupon, long subtotalCents, DateTimeOffset now)
    {
        if (coupon.HasNotStarted(now))
        {
            return CouponCheck.NotYetActive;
        }

        if (coupon.HasExpired(now))
        {
            return CouponCheck.Expired;
        }

        return subtotalCents < coupon.MinimumSubtotalCents || subtotalCents == 0 ? CouponCheck.BelowMinimum : CouponCheck.Usable;
    }

    /// <summary>Whether <paramref name="userId"/> may still use the coupon on <paramref name="cartId"/> (a cart already counted may).</summary>
    public static CouponCheck CheckUsage(Coupon coupon, CouponUsage usage, Guid userId, Guid cartId)
    {
        if (usage.Counts(userId, cartId))
        {
            return CouponCheck.Usable;
        }

        if (coupon.MaxUses is { } max && usage.Claims.Count >= max)
        {
            return CouponCheck.Exhausted;
        }

        return coupon.MaxUsesPerUser is { } perUser && usage.UsesBy(userId) >= perUser ? CouponCheck.UserLimitReached : CouponCheck.Usable;
    }
}
