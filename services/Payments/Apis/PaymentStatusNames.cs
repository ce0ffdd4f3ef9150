using PurchasePlatform.Payments.Domain;

namespace PurchasePlatform.Payments.Apis;

/// <summary>Statuses as the seeds write them: 003 says "succeeded", 002 "completed".</summary>
public static class PaymentStatusNames
{
    public static string V1(PaymentStatus status) => status switch
    {
        PaymentStatus.Processing => "processing",
        PaymentStatus.Succeeded => "succeeded",
        PaymentStatus.Failed => "failed",
        PaymentStatus.PartiallyRefunded => "partially_refunded",
        _ => "refunded",
    };

    public static string Internal(PaymentStatus status) => status == PaymentStatus.Succeeded ? "completed" : V1(status);

    /// <summary>The charge's own outcome, unchanged by later refunds: what a charge request (and its replay) answers.</summary>
    public static PaymentStatus ChargeStatus(Payment payment) => payment.ChargeSucceeded ? PaymentStatus.Succeeded : payment.Status;

    public static string Refund(RefundStatus status) => status switch
    {
        RefundStatus.Processing => "processing",
        RefundStatus.Succeeded => "succeeded",
        _ => "failed",
    };
}
