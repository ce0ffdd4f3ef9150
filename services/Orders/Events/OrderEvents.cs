using System.Text.Json.Nodes;
using PurchasePlatform.BuildingBlocks.Outbox;
using PurchasePlatform.BuildingBlocks.Snapshots;
using PurchasePlatform.Orders.Domain;

namespace PurchasePlatform.Orders.Events;

/// <summary>The outbox rows announcing an order's creation and its status changes.</summary>
public static class OrderEvents
{
    public static OutboxMessage Placed(Order order)
    {
        var id = OutboxMessage.NewId();
        var items = order.Lines.Select(line => new OrderPlacedItem(line.ProductId, line.Quantity, Money.ToDecimal(line.UnitPriceCents))).ToList();
        var data = new OrderPlacedData(Money.ToDecimal(order.TotalCents), order.Currency, items, order.CreatedAt, CartId(order));
        return OutboxMessage.For(OrderTopics.OrderPlaced, new OrderPlacedEvent(id, Key(order), order.OrderNumber, order.UserId, data), order.CreatedAt, id);
    }

    /// <summary>orders.order_status_changed.v1 for every change, plus order_confirmed or order_canceled where they apply.</summary>
    public static IEnumerable<OutboxMessage> Changed(Order order, OrderStatusChange change)
    {
        var changedId = OutboxMessage.NewId();
        var from = OrderStatusNames.Public(change.From ?? change.Status);
        var to = OrderStatusNames.Public(change.Status);
        yield return OutboxMessage.For(OrderTopics.OrderStatusChanged,
            new OrderStatusChangedEvent(changedId, Key(order), order.UserId, new OrderStatusChangedData(from, to, change.OccurredAt, change.TrackingNumber)),
            change.OccurredAt, changedId);

        if (change.Status == OrderStatus.Paid)
        {
            var id = OutboxMessage.NewId();
            yield return OutboxMessage.For(OrderTopics.OrderConfirmed,
                new OrderConfirmedEvent(id, Key(order), order.UserId, new OrderConfirmedData(order.PaymentId ?? "", change.OccurredAt)), change.OccurredAt, id);
        }
        else if (change.Status == OrderStatus.Cancelled)
        {
            var id = OutboxMessage.NewId();
            yield return OutboxMessage.For(OrderTopics.OrderCanceled,
                new OrderCanceledEvent(id, Key(order), order.UserId, new OrderCanceledData(order.CancellationReason, change.OccurredAt)), change.OccurredAt, id);
        }
    }

    private static string Key(Order order) => order.Id.ToString("D");

    /// <summary>The cart the order was checked out from (Cart empties it on order_placed); null for orders not made from a cart.</summary>
    private static string? CartId(Order order) =>
        order.CartSnapshotJson is { } json && JsonNode.Parse(json) is { } node && CartSnapshotJson.Read(node) is { } snapshot
            ? snapshot.CartId.ToString("D")
            : null;
}
