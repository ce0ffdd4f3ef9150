using PurchasePlatform.Payments.Domain;

namespace PurchasePlatform.Payments.Apis.V1;

public sealed record ProcessPaymentResponse(string PaymentId, string OrderId, string Status, decimal Amount, string Currency, string PaymentMethod,
    string Last4, string Brand, string? TransactionId, string? Receipt, DateTime CreatedAt)
{
    public static ProcessPaymentResponse From(Payment payment) => new(payment.Id, payment.OrderId,
        PaymentStatusNames.V1(PaymentStatusNames.ChargeStatus(payment)), Money.ToAmount(payment.AmountCents, payment.Currency), payment.Currency,
        "card", payment.CardLast4, payment.CardBrand, payment.TransactionId, payment.ReceiptUrl, payment.CreatedAt);
}

public sealed record PaymentDetailsResponse(string Id, string OrderId, string Status, decimal Amount, string Currency, string PaymentMethod,
    string Last4, string Brand, string? TransactionId, string? Receipt, decimal RefundedAmount, IReadOnlyList<RefundResponse> Refunds,
    DateTime CreatedAt)
{
    public static PaymentDetailsResponse From(Payment payment) => new(payment.Id, payment.OrderId, PaymentStatusNames.V1(payment.Status),
        Money.ToAmount(payment.AmountCents, payment.Currency), payment.Currency, "card", payment.CardLast4, payment.CardBrand, payment.TransactionId,
        payment.ReceiptUrl, Money.ToAmount(payment.RefundedCents, payment.Currency),
        payment.Refunds.OrderBy(refund => refund.CreatedAt).Select(refund => RefundResponse.From(payment, refund)).ToList(), payment.CreatedAt);
}

public sealed record RefundResponse(string RefundId, string PaymentId, decimal Amount, string Status, string? Reason, DateTime CreatedAt)
{
    public static RefundResponse From(Payment payment, Refund refund) => new(refund.Id, payment.Id, Money.ToAmount(refund.AmountCents, refund.Currency),
        PaymentStatusNames.Refund(refund.Status), refund.Reason, refund.CreatedAt);
}

public sealed record PaymentMethodResponse(string Id, string Type, string Last4, string Brand, int ExpiryMonth, int ExpiryYear, bool IsDefault,
    DateTime CreatedAt)
{
    public static PaymentMethodResponse From(PaymentMethod method) => new(method.Id, method.Type, method.Last4, method.Brand, method.ExpiryMonth,
        method.ExpiryYear, method.IsDefault, method.CreatedAt);
}
