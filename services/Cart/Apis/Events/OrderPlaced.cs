using System.Text.Json.Serialization;

namespace PurchasePlatform.Cart.Apis.Events;

/// <summary>The members of Orders' <c>orders.order_placed.v1</c> that Cart reads.</summary>
public sealed record OrderPlaced(
    [property: JsonPropertyName("event_id")] string? EventId,
    [property: JsonPropertyName("order_id")] string? OrderId,
    [property: JsonPropertyName("user_id")] string? UserId,
    [property: JsonPropertyName("data")] OrderPlacedData? Data);

public sealed record OrderPlacedData([property: JsonPropertyName("cart_id")] string? CartId);
