namespace PurchasePlatform.Payments.Orders;

/// <summary>A customer's charge, before it is made.</summary>
public sealed record OrderPaymentIntent(string OrderId, Guid UserId, decimal Amount, string Currency);

public enum OrderPaymentVerdict
{
    Payable,
    NotFound,
    NotPayable,
    WrongAmount,
    Unavailable,
}

/// <summary>Whether a customer may pay an order.</summary>
public interface IOrderPaymentCheck
{
    /// <returns>The verdict, and the order when Orders showed it.</returns>
    Task<(OrderPaymentVerdict Verdict, OrderFacts? Order)> CheckAsync(OrderPaymentIntent intent, string? bearerToken, CancellationToken cancellationToken);
}

/// <summary>
/// Asks Orders: the order must exist, be the paying user's, still be pending, and the amount and currency must be its
/// total. Another user's order is not found.
/// </summary>
public sealed class OrderPaymentCheck(IOrderLookup orders) : IOrderPaymentCheck
{
    public async Task<(OrderPaymentVerdict Verdict, OrderFacts? Order)> CheckAsync(OrderPaymentIntent intent, string? bearerToken,
        CancellationToken cancellationToken)
    {
        var lookup = await orders.FindAsync(intent.OrderId, bearerToken, cancellationToken);
        return lookup.Result switch
        {
            OrderLookupResult.Found => (Judge(intent, lookup.Order!), lookup.Order),
            OrderLookupResult.NotFound => (OrderPaymentVerdict.NotFound, null),
            _ => (OrderPaymentVerdict.Unavailable, null),
        };
    }

    public static OrderPaymentVerdict Judge(OrderPaymentIntent intent, OrderFacts order)
    {
        if (!Guid.TryParse(order.UserId, out var owner) || owner != intent.UserId)
        {
            return OrderPaymentVerdict.NotFound;
        }

        if (!string.Equals(order.Status, OrderFacts.PayableStatus, StringComparison.OrdinalIgnoreCase))
        {
            return OrderPaymentVerdict.NotPayable;
        }

        return order.TotalAmount == intent.Amount && string.Equals(order.Currency, intent.Currency, StringComparison.OrdinalIgnoreCase)
            ? OrderPaymentVerdict.Payable
            : OrderPaymentVerdict.WrongAmount;
    }
}
