using PurchasePlatform.Orders.Domain;

namespace PurchasePlatform.Orders.Tests.Domain;

public sealed class OrderStateMachineTests
{
    private static readonly DateTime Now = new(2026, 3, 1, 12, 0, 0, DateTimeKind.Utc);

    private static Order NewOrder() => Order.Place(Guid.NewGuid(), "ORD-2026-000001", "user-1", OrderSource.Items,
        [new OrderLine { ProductId = "p", ProductName = "P", UnitPriceCents = 500, Quantity = 2 }], OrderPricing.OfLines("USD",
            [new OrderLine { ProductId = "p", ProductName = "P", UnitPriceCents = 500, Quantity = 2 }]), OrderDetails.None, Now);

    private static Order OrderIn(OrderStatus status)
    {
        var order = NewOrder();
        var path = new[] { OrderStatus.Paid, OrderStatus.Processing, OrderStatus.Shipped, OrderStatus.Delivered };
        if (status == OrderStatus.Cancelled)
        {
            order.Cancel("test", Now);
            return order;
        }

        foreach (var step in path.TakeWhile(step => order.Status != status))
        {
            order.MoveTo(step, Now);
        }

        return order;
    }

    [Theory]
    [InlineData(OrderStatus.Shipped, OrderStatus.Pending)]
    [InlineData(OrderStatus.Shipped, OrderStatus.Cancelled)]
    [InlineData(OrderStatus.Delivered, OrderStatus.Cancelled)]
    [InlineData(OrderStatus.Delivered, OrderStatus.Shipped)]
    [InlineData(OrderStatus.Cancelled, OrderStatus.Paid)]
    [InlineData(OrderStatus.Cancelled, OrderStatus.Pending)]
    [InlineData(OrderStatus.Pending, OrderStatus.Shipped)]
    [InlineData(OrderStatus.Pending, OrderStatus.Delivered)]
    [InlineData(OrderStatus.Paid, OrderStatus.Pending)]
    [InlineData(OrderStatus.Processing, OrderStatus.Paid)]
    public void Illegal_transitions_are_refused_and_change_nothing(OrderStatus from, OrderStatus to)
    {
        var order = OrderIn(from);
        var history = order.History.Count;

        var refusal = Assert.Throws<IllegalOrderTransitionException>(() => order.MoveTo(to, Now));

        Assert.Equal(from, refusal.From);
        Assert.Equal(from, order.Status);
        Assert.Equal(history, order.History.Count);
    }

    [Fact]
    public void The_whole_path_is_recorded_in_the_history()
    {
        var order = NewOrder();

        order.ConfirmPayment("pay-1", Now);
        order.MoveTo(OrderStatus.Processing, Now);
        order.MoveTo(OrderStatus.Shipped, Now, trackingNumber: "1Z", carrier: "UPS");
        order.MoveTo(OrderStatus.Delivered, Now);

        Assert.Equal([OrderStatus.Pending, OrderStatus.Paid, OrderStatus.Processing, OrderStatus.Shipped, OrderStatus.Delivered],
            order.History.Select(change => change.Status));
        Assert.Equal("pay-1", order.PaymentId);
        Assert.Equal("1Z", order.TrackingNumber);
        Assert.True(OrderTransitions.IsFinalized(order.Status));
    }

    [Theory]
    [InlineData(OrderStatus.Pending, false)]
    [InlineData(OrderStatus.Paid, false)]
    [InlineData(OrderStatus.Processing, false)]
    [InlineData(OrderStatus.Shipped, true)]
    [InlineData(OrderStatus.Delivered, true)]
    [InlineData(OrderStatus.Cancelled, true)]
    public void Only_orders_not_yet_shipped_can_be_cancelled(OrderStatus status, bool finalized) =>
        Assert.Equal(finalized, OrderTransitions.IsFinalized(status));

    [Fact]
    public void Amounts_are_integer_cents_with_a_currency()
    {
        var order = NewOrder();

        Assert.Equal(1000, order.TotalCents);
        Assert.Equal("USD", order.Currency);
        Assert.Equal("ORD-2026-000042", PurchasePlatform.Orders.Infrastructure.Persistence.OrderNumbers.Format(2026, 42));
    }
}
