using CsCheck;
using PurchasePlatform.Cart.Apis;
using PurchasePlatform.Cart.Coupons;
using PurchasePlatform.Cart.Domain;

namespace PurchasePlatform.Cart.Tests.Domain;

/// <summary>After any sequence of cart operations, the totals are exactly what the lines add up to.</summary>
public sealed class CartTotalsPropertyTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);

    private sealed record Operation(int Kind, int Index, int Quantity, long PriceCents);

    private static readonly Gen<Operation> Operations =
        Gen.Select(Gen.Int[0, 6], Gen.Int[0, 11], Gen.Int[1, ShoppingCart.MaxQuantityPerLine], Gen.Long[0, 2_000_000])
            .Select((kind, index, quantity, price) => new Operation(kind, index, quantity, price));

    private static readonly Gen<Coupon> Coupons =
        Gen.Select(Gen.Bool, Gen.Long[1, 10_000], Gen.Long[1, 5_000_000], Gen.Long[0, 3_000_000])
            .Select((percentage, basisPoints, cents, minimum) => percentage
                ? new Coupon("PCT", DiscountType.Percentage, basisPoints, minimum, null, null, null, null)
                : new Coupon("FIX", DiscountType.Fixed, cents, minimum, null, null, null, null));

    [Fact]
    public void Totals_always_equal_the_sum_of_their_lines() =>
        Gen.Select(Operations.Array[0, 60], Coupons, Gen.Int[0, 3_000]).Sample((operations, coupon, taxRate) =>
        {
            var cart = ShoppingCart.Empty(Guid.NewGuid());
            var now = Now.UtcDateTime;
            foreach (var operation in operations)
            {
                cart = Apply(cart, operation, coupon, now);
                AssertConsistent(cart, CartTotals.Of(cart, cart.CouponCode is null ? null : coupon, taxRate, Now), taxRate);
            }
        }, iter: 2_000);

    private static ShoppingCart Apply(ShoppingCart cart, Operation operation, Coupon coupon, DateTime now)
    {
        var line = cart.Items.Count == 0 ? null : cart.Items[operation.Index % cart.Items.Count];
        switch (operation.Kind)
        {
            case 0:
            case 1:
                var product = new ProductInfo($"prod-{operation.Index}", $"Product {operation.Index}", null, operation.PriceCents, "USD", null, true, 1_000);
                var existing = cart.FindProduct(product.ProductId)?.Quantity ?? 0;
                return existing + operation.Quantity <= ShoppingCart.MaxQuantityPerLine ? cart.Add(product, operation.Quantity, now).Cart : cart;
            case 2:
                return line is null ? cart : cart.SetQuantity(line, operation.Quantity, now).Cart;
            case 3:
                return line is null ? cart : cart.Remove(line, now);
            case 4:
                return cart.WithCoupon(cart.CouponCode is null ? coupon.Code : null, now);
            case 5:
                return cart.Repriced(new Dictionary<string, long> { [$"prod-{operation.Index}"] = operation.PriceCents }, now);
            default:
                return operation.Quantity % 10 == 0 ? cart.Clear(now) : cart;
        }
    }

    private static void AssertConsistent(ShoppingCart cart, CartTotals totals, int taxRate)
    {
        Assert.Equal(cart.Items.Sum(item => item.UnitPriceCents * item.Quantity), totals.SubtotalCents);
        Assert.Equal(cart.Items.Sum(item => item.Quantity), totals.Quantity);
        Assert.Equal(cart.Items.Count, totals.Lines);
        Assert.InRange(totals.DiscountCents, 0, totals.SubtotalCents);
        Assert.Equal(Money.ApplyRate(totals.SubtotalCents - totals.DiscountCents, taxRate), totals.TaxCents);
        Assert.Equal(totals.SubtotalCents - totals.DiscountCents + totals.TaxCents, totals.TotalCents);
        Assert.Equal(cart.Items.Count, cart.Items.Select(item => item.Id).Distinct().Count());

        var shown = CartResponse.From(cart, totals);
        Assert.Equal(shown.Items.Sum(item => item.Subtotal), shown.Subtotal);
        Assert.All(shown.Items, item => Assert.Equal(item.Price * item.Quantity, item.Subtotal));
        Assert.Equal(shown.Subtotal - shown.Discount + shown.Tax, shown.Total);
        Assert.Equal(shown.Items.Sum(item => item.Quantity), shown.ItemCount);
    }
}
