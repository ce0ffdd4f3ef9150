namespace PurchasePlatform.Cart.Coupons;

/// <summary>A coupon as configuration gives it (<c>Cart:Coupons</c>): amounts in currency units, as people write them.</summary>
public sealed class CouponSettings
{
    public string Code { get; set; } = "";

    /// <summary><c>percentage</c> or <c>fixed</c>.</summary>
    public string Type { get; set; } = "";

    /// <summary>Percent off (20 = 20%, up to two decimals) or amount off (10.00).</summary>
    public decimal Value { get; set; }

    public decimal MinimumSubtotal { get; set; }

    public DateTimeOffset? StartsAt { get; set; }

    public DateTimeOffset? ExpiresAt { get; set; }

    public int? MaxUses { get; set; }

    public int? MaxUsesPerUser { get; set; }
}
