namespace PurchasePlatform.Payments.Orders;

/// <summary>Reads an order from Orders with the caller's own token, so Orders answers only what the caller may see.</summary>
public interface IOrderLookup
{
    Task<OrderLookup> FindAsync(string orderId, string? bearerToken, CancellationToken cancellationToken);
}
