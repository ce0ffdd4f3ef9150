using System.Globalization;
using PurchasePlatform.Orders.Domain;
using PurchasePlatform.Orders.Events;

namespace PurchasePlatform.Orders.Application;

/// <summary>Whether a completed payment pays this order: its amount and currency are the order's total, and it is the order's user's.</summary>
public static class PaymentMatch
{
    /// <returns>Null when it matches; otherwise what differs, for the order's history.</returns>
    public static string? Mismatch(Order order, PaymentCompleted payment)
    {
        var total = Money.ToDecimal(order.TotalCents);
        if (payment.Data is not { } data || data.Amount != total || !string.Equals(data.Currency, order.Currency, StringComparison.OrdinalIgnoreCase))
        {
            var paid = payment.Data is { } some ? $"{some.Amount.ToString(CultureInfo.InvariantCulture)} {some.Currency}" : "no amount";
            return $"{paid} paid, the order's total is {total.ToString(CultureInfo.InvariantCulture)} {order.Currency}";
        }

        return SameUser(order.UserId, payment.UserId) ? null : "it was paid by another user";
    }

    private static bool SameUser(string orderUser, string? paymentUser) =>
        Guid.TryParse(orderUser, out var orderId) && Guid.TryParse(paymentUser, out var paymentId)
            ? orderId == paymentId
            : string.Equals(orderUser, paymentUser, StringComparison.Ordinal);
}
