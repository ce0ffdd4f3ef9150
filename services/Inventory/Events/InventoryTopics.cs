namespace PurchasePlatform.Inventory.Events;

public static class InventoryTopics
{
    public const string PubSub = "pubsub";

    public const string OrderAccepted = "inventory.order_accepted.v1";
    public const string OrderCanceled = "inventory.order_canceled.v1";
    public const string StockChanged = "inventory.stock_changed.v1";

    /// <summary>Subscribed: a product an admin created in the catalog.</summary>
    public const string CatalogProductCreated = "catalog.product_created.v1";
}
