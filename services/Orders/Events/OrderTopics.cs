namespace PurchasePlatform.Orders.Events;

public static class OrderTopics
{
    public const string OrderPlaced = "orders.order_placed.v1";
    public const string OrderConfirmed = "orders.order_confirmed.v1";
    public const string OrderCanceled = "orders.order_canceled.v1";
    public const string OrderStatusChanged = "orders.order_status_changed.v1";

    public const string PaymentCompleted = "payments.payment_completed.v1";
    public const string PaymentFailed = "payments.payment_failed.v1";
    public const string InventoryOrderAccepted = "inventory.order_accepted.v1";
}
