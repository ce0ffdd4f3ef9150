using PurchasePlatform.Cart.Coupons;

namespace PurchasePlatform.Cart.Infrastructure;

/// <summary>Coupon use counts in the state store (<c>coupon-usage-{CODE}</c>), changed with ETags so a limit is never passed.</summary>
public sealed class CouponUsageStore(OptimisticStateStore store, TimeProvider clock)
{
    public async Task<CouponUsage> GetAsync(string code, CancellationToken cancellationToken) =>
        await store.ReadAsync<CouponUsage>(Key(code), cancellationToken) ?? CouponUsage.None;

    /// <summary>Counts a use of <paramref name="coupon"/> for the cart, unless it is already counted or a limit is reached.</summary>
    public Task<CouponCheck> ClaimAsync(Coupon coupon, Guid userId, Guid cartId, CancellationToken cancellationToken) =>
        store.ChangeAsync<CouponUsage, CouponCheck>(Key(coupon.Code), stored =>
        {
            var usage = stored ?? CouponUsage.None;
            if (usage.Counts(userId, cartId))
            {
                return StateEdit<CouponUsage, CouponCheck>.Keep(CouponCheck.Usable);
            }

            var check = CouponRules.CheckUsage(coupon, usage, userId, cartId);
            return check == CouponCheck.Usable
                ? StateEdit<CouponUsage, CouponCheck>.Save(usage.With(new CouponClaim(userId, cartId, clock.GetUtcNow().UtcDateTime)), check)
                : StateEdit<CouponUsage, CouponCheck>.Keep(check);
        }, cancellationToken);

    private static string Key(string code) => $"coupon-usage-{code}";
}
