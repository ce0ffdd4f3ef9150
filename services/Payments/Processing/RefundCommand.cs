using System.Globalization;

namespace PurchasePlatform.Payments.Processing;

/// <param name="Amount">In the payment's currency; null refunds everything still refundable.</param>
public sealed record RefundCommand(string CallerId, string IdempotencyKey, string PaymentId, decimal? Amount, string? Reason)
{
    /// <summary>10, 10.0 and 10.00 are the same amount, so the same request.</summary>
    public string Fingerprint => RequestFingerprint.Of(PaymentId, Amount?.ToString("0.############################", CultureInfo.InvariantCulture), Reason);
}
