namespace PurchasePlatform.Inventory.Apis;

public sealed record SetStockRequest(int? Quantity);

public sealed record PlaceFlashOrderRequest(string? ProductId, string? UserId, string? IdempotencyKey, int? Quantity);

public sealed record ReserveStockRequest(string? ProductId, string? Key, int? Quantity);
