namespace PurchasePlatform.Inventory.Events;

public static class InventoryTopics
{
    public const string PubSub = "pubsub";

    public const string OrderAccepted = "inventory.order_accepted.v1";
    public const string OrderCanceled = "inventory.order_canceled.v1";
    public const string StockChanged = "inventory.stock_changed.v1";
}
