namespace PurchasePlatform.Cart.Coupons;

/// <summary>Why a coupon cannot be used (or <see cref="Usable"/>).</summary>
public enum CouponCheck
{
    Usable,
    Unknown,
    NotYetActive,
    Expired,
    BelowMinimum,
    Exhausted,
    UserLimitReached,
}
