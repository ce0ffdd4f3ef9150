namespace PurchasePlatform.Orders.Domain;

/// <summary>
/// How statuses are spelled: the public API (seed 003) says "paid" and "cancelled"; the internal routes keep seed
/// 004's "canceled" and seed 002's "confirmed". Any of the spellings is accepted as input.
/// </summary>
public static class OrderStatusNames
{
    public static string Public(OrderStatus status) => status switch
    {
        OrderStatus.Pending => "pending",
        OrderStatus.Paid => "paid",
        OrderStatus.Processing => "processing",
        OrderStatus.Shipped => "shipped",
        OrderStatus.Delivered => "delivered",
        OrderStatus.Cancelled => "cancelled",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static string Internal(OrderStatus status) => status switch
    {
        OrderStatus.Paid => "confirmed",
        OrderStatus.Cancelled => "canceled",
        _ => Public(status),
    };

    public static bool TryParse(string? text, out OrderStatus status)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "pending": status = OrderStatus.Pending; return true;
            case "paid" or "confirmed": status = OrderStatus.Paid; return true;
            case "processing": status = OrderStatus.Processing; return true;
            case "shipped": status = OrderStatus.Shipped; return true;
            case "delivered": status = OrderStatus.Delivered; return true;
            case "cancelled" or "canceled": status = OrderStatus.Cancelled; return true;
            default: status = default; return false;
        }
    }

    public static bool IsKnown(string? text) => TryParse(text, out _);
}
