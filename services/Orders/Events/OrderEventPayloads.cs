using System.Text.Json.Serialization;

namespace PurchasePlatform.Orders.Events;

// Seed 002's event schemas plus event_id (the issue 6 contract) and, on order_placed, the cart it was checked out from. Amounts are decimals of the currency, as 002 shows.

public sealed record OrderPlacedEvent(
    [property: JsonPropertyName("event_id")] string EventId,
    [property: JsonPropertyName("order_id")] string OrderId,
    [property: JsonPropertyName("order_number")] string OrderNumber,
    [property: JsonPropertyName("user_id")] string UserId,
    [property: JsonPropertyName("data")] OrderPlacedData Data)
{
    [JsonPropertyName("event_type")]
    [JsonPropertyOrder(-1)]
    public string EventType => "order_created";
}

public sealed record OrderPlacedData(
    [property: JsonPropertyName("total_amount")] decimal TotalAmount,
    [property: JsonPropertyName("currency")] string Currency,
    [property: JsonPropertyName("items")] IReadOnlyList<OrderPlacedItem> Items,
    [property: JsonPropertyName("created_at")] DateTime CreatedAt,
    [property: JsonPropertyName("cart_id"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? CartId = null);

public sealed record OrderPlacedItem(
    [property: JsonPropertyName("product_id")] string ProductId,
    [property: JsonPropertyName("quantity")] int Quantity,
    [property: JsonPropertyName("unit_price")] decimal UnitPrice);

public sealed record OrderConfirmedEvent(
    [property: JsonPropertyName("event_id")] string EventId,
    [property: JsonPropertyName("order_id")] string OrderId,
    [property: JsonPropertyName("user_id")] string UserId,
    [property: JsonPropertyName("data")] OrderConfirmedData Data)
{
    [JsonPropertyName("event_type")]
    [JsonPropertyOrder(-1)]
    public string EventType => "order_confirmed";
}

public sealed record OrderConfirmedData(
    [property: JsonPropertyName("payment_id")] string PaymentId,
    [property: JsonPropertyName("confirmed_at")] DateTime ConfirmedAt);

public sealed record OrderCanceledEvent(
    [property: JsonPropertyName("event_id")] string EventId,
    [property: JsonPropertyName("order_id")] string OrderId,
    [property: JsonPropertyName("user_id")] string UserId,
    [property: JsonPropertyName("data")] OrderCanceledData Data)
{
    [JsonPropertyName("event_type")]
    [JsonPropertyOrder(-1)]
    public string EventType => "order_canceled";
}

public sealed record OrderCanceledData(
    [property: JsonPropertyName("reason")] string? Reason,
    [property: JsonPropertyName("canceled_at")] DateTime CanceledAt);

public sealed record OrderStatusChangedEvent(
    [property: JsonPropertyName("event_id")] string EventId,
    [property: JsonPropertyName("order_id")] string OrderId,
    [property: JsonPropertyName("user_id")] string UserId,
    [property: JsonPropertyName("data")] OrderStatusChangedData Data)
{
    [JsonPropertyName("event_type")]
    [JsonPropertyOrder(-1)]
    public string EventType => "order_status_changed";
}

public sealed record OrderStatusChangedData(
    [property: JsonPropertyName("from")] string From,
    [property: JsonPropertyName("to")] string To,
    [property: JsonPropertyName("changed_at")] DateTime ChangedAt,
    [property: JsonPropertyName("tracking_number"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? TrackingNumber);
