using PurchasePlatform.Orders.Domain;

namespace PurchasePlatform.Orders.Application;

/// <summary>An order ready to be placed, before it has a number.</summary>
public sealed record OrderDraft(
    string UserId,
    OrderSource Source,
    IReadOnlyList<OrderLine> Lines,
    OrderPricing Pricing,
    OrderDetails Details,
    string? CartSnapshotJson = null,
    bool PriceKnown = true,
    Guid? Id = null)
{
    public Order Place(string orderNumber, DateTime now) =>
        Order.Place(Id ?? Guid.NewGuid(), orderNumber, UserId, Source, Lines, Pricing, Details, now, CartSnapshotJson, PriceKnown);
}
