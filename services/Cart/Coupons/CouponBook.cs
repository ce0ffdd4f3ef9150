using Microsoft.Extensions.Options;
using PurchasePlatform.Cart.Domain;

namespace PurchasePlatform.Cart.Coupons;

/// <summary>The configured coupons by code (codes compare case-insensitively and are shown upper-case).</summary>
public sealed class CouponBook
{
    private readonly Dictionary<string, Coupon> coupons;

    public CouponBook(IOptions<CartOptions> options)
    {
        coupons = options.Value.Coupons.Select(ToCoupon).ToDictionary(coupon => coupon.Code, StringComparer.OrdinalIgnoreCase);
    }

    public Coupon? Find(string? code) => code is not null && coupons.TryGetValue(code.Trim(), out var coupon) ? coupon : null;

    public static string Normalize(string code) => code.Trim().ToUpperInvariant();

    /// <exception cref="InvalidOperationException">the configured coupon makes no sense.</exception>
    private static Coupon ToCoupon(CouponSettings settings)
    {
        var code = Normalize(settings.Code);
        if (code.Length == 0)
        {
            throw Invalid(settings, "has no code");
        }

        var (type, value) = settings.Type.Trim().ToLowerInvariant() switch
        {
            DiscountTypeNames.Percentage when settings.Value is > 0 and <= 100 && Money.ToCents(settings.Value) is { } basisPoints =>
                (DiscountType.Percentage, basisPoints),
            DiscountTypeNames.Fixed when settings.Value > 0 && Money.ToCents(settings.Value) is { } cents => (DiscountType.Fixed, cents),
            _ => throw Invalid(settings, "needs type percentage (0 < value <= 100) or fixed (value > 0), with at most two decimals"),
        };
        var minimum = settings.MinimumSubtotal >= 0 && Money.ToCents(settings.MinimumSubtotal) is { } min
            ? min
            : throw Invalid(settings, "has an invalid minimum subtotal");
        if (settings.MaxUses is <= 0 || settings.MaxUsesPerUser is <= 0)
        {
            throw Invalid(settings, "has a usage limit below 1");
        }

        return new Coupon(code, type, value, minimum, settings.StartsAt, settings.ExpiresAt, settings.MaxUses, settings.MaxUsesPerUser);
    }

    private static InvalidOperationException Invalid(CouponSettings settings, string problem) =>
        new($"Coupon '{settings.Code}' in Cart:Coupons {problem}");
}
