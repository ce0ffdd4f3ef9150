namespace PurchasePlatform.Cart.Coupons;

public enum DiscountType
{
    /// <summary>A share of the subtotal.</summary>
    Percentage,

    /// <summary>An amount off, at most the subtotal.</summary>
    Fixed,
}

public static class DiscountTypeNames
{
    public const string Percentage = "percentage";
    public const string Fixed = "fixed";

    public static string WireName(this DiscountType type) => type == DiscountType.Percentage ? Percentage : Fixed;
}
