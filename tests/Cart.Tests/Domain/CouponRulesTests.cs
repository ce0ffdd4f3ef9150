using PurchasePlatform.Cart.Coupons;

namespace PurchasePlatform.Cart.Tests.Domain;

public sealed class CouponRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);

    private static Coupon Percent(long basisPoints, long minimum = 0, DateTimeOffset? starts = null, DateTimeOffset? expires = null,
        int? maxUses = null, int? perUser = null) =>
        new("C", DiscountType.Percentage, basisPoints, minimum, starts, expires, maxUses, perUser);

    [Fact]
    public void A_coupon_expires_at_its_expiry_instant()
    {
        Assert.Equal(CouponCheck.Usable, CouponRules.Check(Percent(1000, expires: Now.AddTicks(1)), 100, Now));
        Assert.Equal(CouponCheck.Expired, CouponRules.Check(Percent(1000, expires: Now), 100, Now));
    }

    [Fact]
    public void A_coupon_starts_at_its_start_instant()
    {
        Assert.Equal(CouponCheck.NotYetActive, CouponRules.Check(Percent(1000, starts: Now.AddTicks(1)), 100, Now));
        Assert.Equal(CouponCheck.Usable, CouponRules.Check(Percent(1000, starts: Now), 100, Now));
    }

    [Fact]
    public void The_minimum_subtotal_is_inclusive_and_an_empty_cart_never_qualifies()
    {
        Assert.Equal(CouponCheck.Usable, CouponRules.Check(Percent(1000, minimum: 5000), 5000, Now));
        Assert.Equal(CouponCheck.BelowMinimum, CouponRules.Check(Percent(1000, minimum: 5000), 4999, Now));
        Assert.Equal(CouponCheck.BelowMinimum, CouponRules.Check(Percent(1000), 0, Now));
    }

    [Fact]
    public void Usage_limits_count_carts_and_a_counted_cart_may_use_it_again()
    {
        var (alice, bob) = (Guid.NewGuid(), Guid.NewGuid());
        var (aliceCart, bobCart) = (Guid.NewGuid(), Guid.NewGuid());
        var usage = CouponUsage.None.With(new CouponClaim(alice, aliceCart, Now.UtcDateTime));

        Assert.Equal(CouponCheck.Exhausted, CouponRules.CheckUsage(Percent(1000, maxUses: 1), usage, bob, bobCart));
        Assert.Equal(CouponCheck.Usable, CouponRules.CheckUsage(Percent(1000, maxUses: 1), usage, alice, aliceCart));
        Assert.Equal(CouponCheck.UserLimitReached, CouponRules.CheckUsage(Percent(1000, perUser: 1), usage, alice, Guid.NewGuid()));
        Assert.Equal(CouponCheck.Usable, CouponRules.CheckUsage(Percent(1000, perUser: 1), usage, bob, bobCart));
    }

    [Fact]
    public void A_fixed_discount_is_capped_at_the_subtotal()
    {
        var coupon = new Coupon("F", DiscountType.Fixed, 2500, 0, null, null, null, null);

        Assert.Equal(2500, coupon.DiscountOn(10_000));
        Assert.Equal(999, coupon.DiscountOn(999));
    }
}
