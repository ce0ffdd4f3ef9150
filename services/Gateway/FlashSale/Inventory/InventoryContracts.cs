namespace PurchasePlatform.Gateway.FlashSale.Inventory;

/// <summary>Inventory's <c>StockView</c>: a product's totals over its shards.</summary>
internal sealed record StockView(string ProductId, long Available, long Reserved, long Sold, int Shards);

/// <summary>The body of Inventory's <c>PUT /stock/{productId}</c>.</summary>
internal sealed record SetStockRequest(long Quantity);

/// <summary>The body of Inventory's <c>POST /flash-orders</c>.</summary>
internal sealed record FlashOrderRequest(string ProductId, string UserId, string IdempotencyKey, int Quantity);

/// <summary>Inventory's answer to <c>POST /flash-orders</c>; <c>Result</c> is accepted, duplicate or sold_out.</summary>
internal sealed record FlashOrderResult(string Result, string? OrderId, string? ProductId, string? UserId, int Quantity, DateTimeOffset? AcceptedAt)
{
    public const string Accepted = "accepted";
    public const string Duplicate = "duplicate";
    public const string SoldOut = "sold_out";
}

/// <summary>Inventory's <c>FlashOrderView</c>; <c>Status</c> is accepted or cancelled.</summary>
internal sealed record FlashOrderView(
    string OrderId,
    string ProductId,
    string UserId,
    int Quantity,
    string Status,
    DateTimeOffset? AcceptedAt,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    DateTimeOffset? CancelledAt);
