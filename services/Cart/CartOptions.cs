using PurchasePlatform.Cart.Coupons;

namespace PurchasePlatform.Cart;

/// <summary>The "Cart" configuration section.</summary>
public sealed class CartOptions
{
    public const string Section = "Cart";

    public string Currency { get; set; } = "USD";

    /// <summary>Tax on the discounted subtotal, in percent with at most two decimals (8.25).</summary>
    public decimal TaxRatePercent { get; set; } = 8;

    public string StateStoreName { get; set; } = "statestore";

    /// <summary>The pub/sub component Orders publishes <c>orders.order_placed.v1</c> on.</summary>
    public string PubSubName { get; set; } = "pubsub";

    public string CatalogAppId { get; set; } = "catalog";

    /// <summary>How many times a change is re-applied after another request saved the same cart (or coupon count) first.</summary>
    public int MaxSaveAttempts { get; set; } = 100;

    public List<CouponSettings> Coupons { get; set; } = [];

    /// <summary>The tax rate in basis points (800 = 8%).</summary>
    public int TaxRateBasisPoints => TaxRatePercent is >= 0 and <= 100 && decimal.Round(TaxRatePercent * 100m) == TaxRatePercent * 100m
        ? (int)(TaxRatePercent * 100m)
        : throw new InvalidOperationException("Cart:TaxRatePercent must be between 0 and 100 with at most two decimals");
}
