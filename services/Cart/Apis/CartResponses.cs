using PurchasePlatform.Cart.Coupons;
using PurchasePlatform.Cart.Domain;

namespace PurchasePlatform.Cart.Apis;

// Seed 003's Shopping Cart bodies: amounts as decimals of the currency, from integer cents.

public sealed record CartResponse(
    string UserId,
    IReadOnlyList<CartItemResponse> Items,
    int ItemCount,
    decimal Subtotal,
    decimal Discount,
    decimal Tax,
    decimal Total,
    string? CouponCode,
    DateTime? UpdatedAt)
{
    public static CartResponse From(ShoppingCart cart, CartTotals totals) =>
        new(cart.UserId.ToString("D"), cart.Items.Select(CartItemResponse.From).ToList(), totals.Quantity, Money.ToDecimal(totals.SubtotalCents),
            Money.ToDecimal(totals.DiscountCents), Money.ToDecimal(totals.TaxCents), Money.ToDecimal(totals.TotalCents), cart.CouponCode,
            cart.UpdatedAt);
}

public sealed record CartItemResponse(
    string Id,
    string ProductId,
    string ProductName,
    string? ProductImage,
    string? Sku,
    decimal Price,
    int Quantity,
    decimal Subtotal,
    DateTime AddedAt)
{
    public static CartItemResponse From(CartLine line) =>
        new(line.Id, line.ProductId, line.ProductName, line.ProductImage, line.Sku, Money.ToDecimal(line.UnitPriceCents), line.Quantity,
            Money.ToDecimal(line.SubtotalCents), line.AddedAt);
}

public sealed record AddedItemResponse(string Id, string ProductId, string ProductName, decimal Price, int Quantity, decimal Subtotal)
{
    public static AddedItemResponse From(CartLine line) =>
        new(line.Id, line.ProductId, line.ProductName, Money.ToDecimal(line.UnitPriceCents), line.Quantity, Money.ToDecimal(line.SubtotalCents));
}

public sealed record UpdatedItemResponse(string Id, int Quantity, decimal Subtotal)
{
    public static UpdatedItemResponse From(CartLine line) => new(line.Id, line.Quantity, Money.ToDecimal(line.SubtotalCents));
}

public sealed record CouponAppliedResponse(
    string CouponCode,
    string DiscountType,
    decimal DiscountValue,
    decimal DiscountAmount,
    decimal Subtotal,
    decimal Discount,
    decimal Tax,
    decimal Total)
{
    public static CouponAppliedResponse From(Coupon coupon, CartTotals totals) =>
        new(coupon.Code, coupon.Type.WireName(), coupon.DisplayValue, Money.ToDecimal(totals.DiscountCents), Money.ToDecimal(totals.SubtotalCents),
            Money.ToDecimal(totals.DiscountCents), Money.ToDecimal(totals.TaxCents), Money.ToDecimal(totals.TotalCents));
}
