using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using PurchasePlatform.Orders.Domain;
using PurchasePlatform.Orders.Events;

namespace PurchasePlatform.Orders.Apis.Internal;

/// <summary>
/// Seed 004's order representation, with seed 002's members beside it (<c>items</c>, <c>totalAmount</c>,
/// <c>paymentId</c>) since both seeds answer on <c>/api/orders</c>. Statuses are spelled as seed 004 does ("canceled").
/// </summary>
public sealed record InternalOrder(
    Guid Id,
    string OrderNumber,
    string Status,
    string Currency,
    string? UserId,
    InternalTotals Totals,
    IReadOnlyList<InternalItem> Items,
    decimal TotalAmount,
    long TotalCents,
    string? PaymentId,
    JsonNode? CartSnapshot,
    string? CancellationReason,
    DateTime? CanceledAt,
    DateTime CreatedAt,
    DateTime UpdatedAt)
{
    public static InternalOrder From(Order order) => new(
        order.Id,
        order.OrderNumber,
        OrderStatusNames.Internal(order.Status),
        order.Currency,
        order.UserId,
        new InternalTotals(order.ItemCount, order.TotalQuantity, order.SubtotalCents, order.Currency),
        order.Lines.Select(line => new InternalItem(line.ProductId, line.ProductName, line.Sku, line.Quantity, line.UnitPriceCents,
            Money.ToDecimal(line.UnitPriceCents), line.LineTotalCents)).ToList(),
        Money.ToDecimal(order.TotalCents),
        order.TotalCents,
        order.PaymentId,
        order.CartSnapshotJson is null ? null : JsonNode.Parse(order.CartSnapshotJson),
        order.CancellationReason,
        order.CanceledAt,
        order.CreatedAt,
        order.UpdatedAt);
}

public sealed record InternalTotals(int ItemCount, int TotalQuantity, long SubtotalCents, string Currency);

public sealed record InternalItem(string ProductId, string ProductName, string? Sku, int Quantity, long UnitPriceCents, decimal Price, long LineTotalCents);

/// <summary>Seed 004's <c>201 { orderId }</c>.</summary>
public sealed record OrderCreated(Guid OrderId);

/// <summary>Seed 002's create answer, with seed 004's <c>orderId</c> too, so a caller can read either.</summary>
public sealed record ItemsOrderCreated(Guid OrderId, Guid Id, string OrderNumber, string UserId, IReadOnlyList<InternalItem> Items, string Status,
    decimal TotalAmount, string Currency, DateTime CreatedAt)
{
    public static ItemsOrderCreated From(Order order)
    {
        var view = InternalOrder.From(order);
        return new ItemsOrderCreated(order.Id, order.Id, order.OrderNumber, order.UserId, view.Items, view.Status, view.TotalAmount, order.Currency,
            order.CreatedAt);
    }
}

/// <summary>Seed 004's cancel answer; <c>id</c> and <c>cancelledAt</c> are seed 002's.</summary>
public sealed record InternalCancelled(string Status, InternalOrder Order, Guid Id, DateTime? CancelledAt);

/// <summary>Errors on the internal routes: seed 004's <c>{ error }</c>, with seed 002's code where one applies.</summary>
public sealed record InternalError(
    string Error,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Code = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Field = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] InternalOrder? Order = null);

public sealed record InternalOrderList(IReadOnlyList<InternalOrder> Orders, int Total, int Limit, int Offset);

public static class OrderErrorCodes
{
    public const string InvalidUserId = "ORDER_001";
    public const string EmptyItems = "ORDER_002";
    public const string NotFound = "ORDER_003";
    public const string CannotModify = "ORDER_004";
}
