namespace PurchasePlatform.Cart.Apis;

public sealed record AddItemRequest(string? ProductId, int? Quantity);

public sealed record UpdateItemRequest(int? Quantity);

public sealed record ApplyCouponRequest(string? CouponCode);

/// <summary>The cart id of the snapshot an order was placed from.</summary>
public sealed record CheckedOutRequest(Guid? CartId);
