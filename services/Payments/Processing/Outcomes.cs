using PurchasePlatform.Payments.Domain;

namespace PurchasePlatform.Payments.Processing;

public abstract record ChargeOutcome
{
    /// <summary>The charge has its outcome (succeeded or failed); <paramref name="Replayed"/> when an earlier request with the key made it.</summary>
    public sealed record Completed(Payment Payment, bool Replayed) : ChargeOutcome;

    /// <summary>The key was used before with a different request.</summary>
    public sealed record KeyReused : ChargeOutcome;

    /// <summary>Another request with the key is still working on it.</summary>
    public sealed record InProgress : ChargeOutcome;

    /// <summary>The order already has a payment that did not fail (002's PAY_003).</summary>
    public sealed record AlreadyPaid(Payment Existing) : ChargeOutcome;

    /// <summary>The provider could not be reached; the payment stays processing and a retry with the key resumes it.</summary>
    public sealed record ProviderUnreachable(Payment Payment) : ChargeOutcome;
}

public abstract record RefundOutcome
{
    public sealed record Completed(Payment Payment, Refund Refund, bool Replayed) : RefundOutcome;

    public sealed record KeyReused : RefundOutcome;

    public sealed record InProgress : RefundOutcome;

    public sealed record PaymentNotFound : RefundOutcome;

    /// <summary>The payment is not refundable (not succeeded, or already refunded in full).</summary>
    public sealed record NotAllowed(Payment Payment) : RefundOutcome;

    /// <summary>The amount is not positive in the payment's currency, or more than is left to refund.</summary>
    public sealed record InvalidAmount(Payment Payment) : RefundOutcome;

    public sealed record ProviderUnreachable(Payment Payment, Refund Refund) : RefundOutcome;
}
