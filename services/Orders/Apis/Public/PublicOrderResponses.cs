using PurchasePlatform.Orders.Domain;
using PurchasePlatform.Orders.Events;

namespace PurchasePlatform.Orders.Apis.Public;

// Seed 003's order shapes: decimal amounts, "paid"/"cancelled" statuses.

public sealed record PublicOrder(
    Guid Id,
    string OrderNumber,
    string UserId,
    string Status,
    IReadOnlyList<PublicStatusEntry> StatusHistory,
    IReadOnlyList<PublicOrderItem> Items,
    decimal Subtotal,
    decimal Discount,
    decimal Tax,
    decimal ShippingCost,
    decimal Total,
    string Currency,
    string? ShippingAddressId,
    string? BillingAddressId,
    string? PaymentMethodId,
    string? PaymentId,
    string? CouponCode,
    string? Notes,
    string? TrackingNumber,
    string? Carrier,
    string? CancelReason,
    DateTime? CancelledAt,
    DateTime CreatedAt,
    DateTime UpdatedAt)
{
    public static PublicOrder From(Order order) => new(
        order.Id,
        order.OrderNumber,
        order.UserId,
        OrderStatusNames.Public(order.Status),
        order.History.OrderBy(change => change.OccurredAt).ThenBy(change => change.Id)
            .Select(change => new PublicStatusEntry(OrderStatusNames.Public(change.Status), change.OccurredAt, change.Note, change.TrackingNumber)).ToList(),
        order.Lines.Select(line => new PublicOrderItem(line.Id, line.ProductId, line.ProductName, line.Sku, Money.ToDecimal(line.UnitPriceCents),
            line.Quantity, Money.ToDecimal(line.LineTotalCents))).ToList(),
        Money.ToDecimal(order.SubtotalCents),
        Money.ToDecimal(order.DiscountCents),
        Money.ToDecimal(order.TaxCents),
        Money.ToDecimal(order.ShippingCents),
        Money.ToDecimal(order.TotalCents),
        order.Currency,
        order.ShippingAddressId,
        order.BillingAddressId,
        order.PaymentMethodId,
        order.PaymentId,
        order.CouponCode,
        order.Notes,
        order.TrackingNumber,
        order.Carrier,
        order.CancellationReason,
        order.CanceledAt,
        order.CreatedAt,
        order.UpdatedAt);
}

public sealed record PublicStatusEntry(
    string Status,
    DateTime Timestamp,
    string? Note,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    string? TrackingNumber);

public sealed record PublicOrderItem(Guid Id, string ProductId, string ProductName, string? Sku, decimal Price, int Quantity, decimal Subtotal);

public sealed record PublicOrderSummary(Guid Id, string OrderNumber, string Status, int ItemCount, decimal Total, string Currency, DateTime CreatedAt)
{
    public static PublicOrderSummary From(Order order) => new(order.Id, order.OrderNumber, OrderStatusNames.Public(order.Status), order.TotalQuantity,
        Money.ToDecimal(order.TotalCents), order.Currency, order.CreatedAt);
}

public sealed record PublicOrderPage(
    IReadOnlyList<PublicOrderSummary> Items, int PageNumber, int PageSize, int TotalPages, int TotalCount, bool HasPreviousPage, bool HasNextPage);

public sealed record PublicCancelled(Guid Id, string Status, DateTime? CancelledAt, string? CancelReason);

public sealed record PublicStatusUpdated(Guid Id, string Status, string? TrackingNumber, string? Carrier);
