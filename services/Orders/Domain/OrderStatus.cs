namespace PurchasePlatform.Orders.Domain;

/// <summary>Where an order is in its life. <see cref="Paid"/> is seed 002's "confirmed".</summary>
public enum OrderStatus
{
    Pending,
    Paid,
    Processing,
    Shipped,
    Delivered,
    Cancelled,
}
