namespace PurchasePlatform.Notifications.Webhooks;

/// <summary>Seed 003's webhook event names ("Webhook Events").</summary>
public static class WebhookEventTypes
{
    public const string OrderCreated = "order.created";
    public const string OrderPaid = "order.paid";
    public const string OrderShipped = "order.shipped";
    public const string OrderDelivered = "order.delivered";
    public const string OrderCancelled = "order.cancelled";
    public const string PaymentSucceeded = "payment.succeeded";
    public const string PaymentFailed = "payment.failed";
    public const string PaymentRefunded = "payment.refunded";
    public const string ProductCreated = "product.created";
    public const string ProductUpdated = "product.updated";
    public const string ProductDeleted = "product.deleted";
    public const string UserCreated = "user.created";

    public static readonly IReadOnlyList<string> All =
    [
        OrderCreated, OrderPaid, OrderShipped, OrderDelivered, OrderCancelled,
        PaymentSucceeded, PaymentFailed, PaymentRefunded,
        ProductCreated, ProductUpdated, ProductDeleted,
        UserCreated,
    ];

    public static bool IsKnown(string? name) => name is not null && All.Contains(name, StringComparer.Ordinal);
}
