using PurchasePlatform.Payments.Domain;
using PurchasePlatform.Payments.Providers;

namespace PurchasePlatform.Payments.Apis.Internal;

/// <summary>Seed 002's payment, plus the card's display details and, when it failed, why (<c>errorCode</c> PAY_002 for insufficient funds).</summary>
public sealed record InternalPaymentResponse(string Id, string OrderId, Guid UserId, decimal Amount, string Currency, string Status,
    string? TransactionId, string Last4, string Brand, string? FailureReason, string? ErrorCode, decimal RefundedAmount, DateTime CreatedAt,
    DateTime? CompletedAt)
{
    /// <param name="asCharged">The charge's own outcome (the answer of POST and its replays), not the refunds made since.</param>
    public static InternalPaymentResponse From(Payment payment, bool asCharged = false)
    {
        var status = asCharged ? PaymentStatusNames.ChargeStatus(payment) : payment.Status;
        return new(payment.Id, payment.OrderId, payment.UserId, Money.ToAmount(payment.AmountCents, payment.Currency), payment.Currency,
            PaymentStatusNames.Internal(status), payment.TransactionId, payment.CardLast4, payment.CardBrand, payment.FailureReason,
            ErrorCodeOf(payment), asCharged ? 0 : Money.ToAmount(payment.RefundedCents, payment.Currency), payment.CreatedAt, payment.CompletedAt);
    }

    private static string? ErrorCodeOf(Payment payment) => payment.FailureCode switch
    {
        null => null,
        DeclineCodes.InsufficientFunds => PaymentErrors.InsufficientFunds,
        _ => PaymentErrors.InvalidPaymentMethod,
    };
}

public sealed record InternalPaymentListResponse(IReadOnlyList<InternalPaymentResponse> Payments, int Total, int Limit, int Offset);

public sealed record InternalRefundResponse(string Id, string PaymentId, string OrderId, decimal Amount, string Currency, string Status, string? Reason,
    decimal RefundedAmount, string PaymentStatus, DateTime CreatedAt, DateTime? CompletedAt)
{
    public static InternalRefundResponse From(Payment payment, Refund refund) => new(refund.Id, payment.Id, payment.OrderId,
        Money.ToAmount(refund.AmountCents, refund.Currency), refund.Currency, PaymentStatusNames.Refund(refund.Status), refund.Reason,
        Money.ToAmount(payment.RefundedCents, payment.Currency), PaymentStatusNames.Internal(payment.Status), refund.CreatedAt, refund.CompletedAt);
}
