namespace PurchasePlatform.Orders.Domain;

/// <summary>
/// The order state machine: pending -> paid -> processing -> shipped -> delivered, and cancelled from any state
/// before shipping. Nothing goes back, and delivered and cancelled are final.
/// </summary>
public static class OrderTransitions
{
    private static readonly IReadOnlyDictionary<OrderStatus, OrderStatus[]> Next = new Dictionary<OrderStatus, OrderStatus[]>
    {
        [OrderStatus.Pending] = [OrderStatus.Paid, OrderStatus.Cancelled],
        [OrderStatus.Paid] = [OrderStatus.Processing, OrderStatus.Shipped, OrderStatus.Cancelled],
        [OrderStatus.Processing] = [OrderStatus.Shipped, OrderStatus.Cancelled],
        [OrderStatus.Shipped] = [OrderStatus.Delivered],
        [OrderStatus.Delivered] = [],
        [OrderStatus.Cancelled] = [],
    };

    public static bool IsAllowed(OrderStatus from, OrderStatus to) => Next[from].Contains(to);

    /// <summary>Shipped, delivered and cancelled orders can no longer be cancelled (seed 004's "already finalized").</summary>
    public static bool IsFinalized(OrderStatus status) => !IsAllowed(status, OrderStatus.Cancelled);
}
