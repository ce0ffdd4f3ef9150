namespace PurchasePlatform.Orders.Domain;

public sealed class IllegalOrderTransitionException(OrderStatus from, OrderStatus to)
    : InvalidOperationException($"An order cannot go from {OrderStatusNames.Public(from)} to {OrderStatusNames.Public(to)}")
{
    public OrderStatus From { get; } = from;

    public OrderStatus To { get; } = to;
}
