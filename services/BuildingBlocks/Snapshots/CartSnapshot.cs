using System.Text.Json.Serialization;

namespace PurchasePlatform.BuildingBlocks.Snapshots;

/// <summary>
/// A signed, frozen copy of a cart taken for checkout (seed 004). Amounts are integer cents in <see cref="Currency"/>.
/// <see cref="Signature"/> is the hex HMAC-SHA256 of the canonical form of every other member
/// (<see cref="CartSnapshotSigner"/>).
/// </summary>
public sealed record CartSnapshot(
    Guid SnapshotId,
    Guid CartId,
    long CartVersion,
    string Currency,
    IReadOnlyList<CartSnapshotItem> Items,
    CartSnapshotTotals Totals,
    [property: JsonConverter(typeof(SnapshotTimestampConverter))] DateTimeOffset CreatedAt,
    string UserId,
    CartPricingSnapshot PricingSnapshot,
    string? Signature = null);

/// <param name="Title">The product's name when it was put in the cart.</param>
/// <param name="LineTotalCents"><see cref="UnitPriceCents"/> times <see cref="Quantity"/>.</param>
public sealed record CartSnapshotItem(
    string ItemId,
    string ProductId,
    string? Sku,
    string Title,
    string? ImageUrl,
    long UnitPriceCents,
    int Quantity,
    long LineTotalCents);

/// <param name="ItemCount">The number of lines.</param>
/// <param name="TotalQuantity">The sum of the lines' quantities.</param>
/// <param name="SubtotalCents">The sum of the lines' totals, before discount and tax.</param>
public sealed record CartSnapshotTotals(int ItemCount, int TotalQuantity, long SubtotalCents, string Currency);

/// <summary>How the total was reached: the coupon, the tax rate and the amounts derived from them, and the prices
/// that changed in the catalog since the items were added (already applied to the items).</summary>
/// <param name="DiscountType"><c>percentage</c> or <c>fixed</c>; null without a coupon.</param>
/// <param name="DiscountValue">Basis points of the subtotal for <c>percentage</c> (2000 = 20%), cents for <c>fixed</c>.</param>
/// <param name="TaxRateBasisPoints">The tax rate in hundredths of a percent (800 = 8%).</param>
public sealed record CartPricingSnapshot(
    long SubtotalCents,
    string? CouponCode,
    string? DiscountType,
    long? DiscountValue,
    long DiscountCents,
    int TaxRateBasisPoints,
    long TaxableCents,
    long TaxCents,
    long TotalCents,
    string RoundingRule,
    IReadOnlyList<CartPriceChange> PriceChanges);

public sealed record CartPriceChange(string ProductId, long PreviousUnitPriceCents, long CurrentUnitPriceCents);
