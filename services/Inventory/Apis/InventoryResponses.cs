using System.Text.Json.Serialization;
using PurchasePlatform.Inventory.Domain;

namespace PurchasePlatform.Inventory.Apis;

public sealed record FlashOrderPlacedResponse(
    string Result,
    Guid OrderId,
    string ProductId,
    string UserId,
    int Quantity,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateTimeOffset? AcceptedAt);

public sealed record FlashOrderView(
    Guid OrderId,
    string ProductId,
    string UserId,
    int Quantity,
    string Status,
    DateTimeOffset? AcceptedAt,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateTimeOffset? CancelledAt)
{
    public static FlashOrderView From(FlashOrder order) => new(order.OrderId, order.ProductId, order.UserId, order.Quantity,
        order.Status == FlashOrderStatus.Cancelled ? "cancelled" : "accepted", order.AcceptedAt, order.CancelledAt);
}

public sealed record ReservationResponse(
    string Result,
    string Key,
    string ProductId,
    int Quantity,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateTimeOffset? ExpiresAt);

public sealed record SettleResponse(string Result);
