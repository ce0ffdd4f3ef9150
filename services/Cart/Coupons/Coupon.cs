using PurchasePlatform.Cart.Domain;

namespace PurchasePlatform.Cart.Coupons;

/// <param name="Value">Basis points of the subtotal for <see cref="DiscountType.Percentage"/> (2000 = 20%); cents for <see cref="DiscountType.Fixed"/>.</param>
/// <param name="MaxUses">Uses over all users; null: unlimited.</param>
/// <param name="MaxUsesPerUser">Uses by one user; null: unlimited.</param>
public sealed record Coupon(
    string Code,
    DiscountType Type,
    long Value,
    long MinimumSubtotalCents,
    DateTimeOffset? StartsAt,
    DateTimeOffset? ExpiresAt,
    int? MaxUses,
    int? MaxUsesPerUser)
{
    public bool HasExpired(DateTimeOffset now) => ExpiresAt is { } expires && now >= expires;

    public bool HasNotStarted(DateTimeOffset now) => StartsAt is { } starts && now < starts;

    /// <summary>The discount on <paramref name="subtotalCents"/>, never more than it.</summary>
    public long DiscountOn(long subtotalCents) => Type == DiscountType.Percentage
        ? Money.ApplyRate(subtotalCents, Value)
        : Math.Min(Value, subtotalCents);

    /// <summary>The value as seed 003 shows it: 20 for 20%, 10.00 for $10 off.</summary>
    public decimal DisplayValue => Type == DiscountType.Percentage ? Value / 100m : Money.ToDecimal(Value);
}
