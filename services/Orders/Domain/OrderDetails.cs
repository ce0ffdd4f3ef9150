namespace PurchasePlatform.Orders.Domain;

/// <summary>What the customer said at checkout (seed 003's create body); all optional.</summary>
public sealed record OrderDetails(string? ShippingAddressId, string? BillingAddressId, string? PaymentMethodId, string? CouponCode, string? Notes)
{
    public static readonly OrderDetails None = new(null, null, null, null, null);
}
