namespace PurchasePlatform.Cart.Coupons;

/// <summary>
/// The uses of one coupon (state-store entry <c>coupon-usage-{CODE}</c>, saved with its ETag). A use is counted when
/// a checkout snapshot of a cart holding the coupon is taken, once per cart id: taking the snapshot again (a retry,
/// a price change) counts nothing more, and a use is never given back.
/// </summary>
public sealed record CouponUsage(IReadOnlyList<CouponClaim> Claims)
{
    public static readonly CouponUsage None = new([]);

    public bool Counts(Guid userId, Guid cartId) => Claims.Any(claim => claim.UserId == userId && claim.CartId == cartId);

    public int UsesBy(Guid userId) => Claims.Count(claim => claim.UserId == userId);

    public CouponUsage With(CouponClaim claim) => new([.. Claims, claim]);
}

public sealed record CouponClaim(Guid UserId, Guid CartId, DateTime ClaimedAt);
