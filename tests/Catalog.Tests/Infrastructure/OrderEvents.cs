namespace PurchasePlatform.Catalog.Tests.Infrastructure;

/// <summary>The data of the events the catalog subscribes to, shaped as the contract says.</summary>
public static class OrderEvents
{
    public const string OrderPlacedRoute = "/events/orders/order-placed";
    public const string OrderCanceledRoute = "/events/orders/order-canceled";
    public const string OrderAcceptedRoute = "/events/inventory/order-accepted";
    public const string StockChangedRoute = "/events/inventory/stock-changed";

    public static object Placed(string orderId, string userId, params string[] productIds) => new
    {
        event_type = "order_created",
        order_id = orderId,
        user_id = userId,
        data = new
        {
            total_amount = 99.98m,
            items = productIds.Select(productId => new { product_id = productId, quantity = 1, unit_price = 49.99m }).ToArray(),
            created_at = "2025-11-02T10:30:00Z",
        },
    };

    public static object Canceled(string orderId, string userId) => new
    {
        event_type = "order_canceled",
        order_id = orderId,
        user_id = userId,
        data = new { reason = "customer request" },
    };

    public static object Accepted(string orderId, string userId, string productId) => new
    {
        eventId = "evt-" + Guid.NewGuid().ToString("N"),
        orderId,
        productId,
        userId,
        quantity = 1,
        idempotencyKey = Guid.NewGuid().ToString("N"),
        acceptedAt = "2025-11-02T10:30:00Z",
    };

    public static object StockChanged(string productId, int shard, int shardCount, int available, long version) => new
    {
        productId,
        shard,
        shardCount,
        available,
        reserved = 0,
        sold = 0,
        version,
        changedAt = "2025-11-02T10:30:00Z",
    };
}
