namespace PurchasePlatform.Payments.Domain;

/// <summary>Part or all of a payment given back. Changed only through its <see cref="Payment"/>, which keeps the totals.</summary>
public sealed class Refund
{
    private Refund()
    {
    }

    public string Id { get; private set; } = null!;

    public string PaymentId { get; private set; } = null!;

    public long AmountCents { get; private set; }

    public string Currency { get; private set; } = null!;

    public string? Reason { get; private set; }

    public RefundStatus Status { get; private set; }

    public string? ProviderRefundId { get; private set; }

    public string? FailureReason { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime? CompletedAt { get; private set; }

    public DateTime? ClaimedUntil { get; private set; }

    internal static Refund Start(Payment payment, long amountCents, string? reason, DateTime now, DateTime claimedUntil) => new()
    {
        Id = "ref-" + Guid.NewGuid().ToString("N"),
        PaymentId = payment.Id,
        AmountCents = amountCents,
        Currency = payment.Currency,
        Reason = reason,
        Status = RefundStatus.Processing,
        CreatedAt = now,
        ClaimedUntil = claimedUntil,
    };

    /// <summary>Takes over a processing refund whose claim ran out.</summary>
    internal bool TryClaim(DateTime now, DateTime claimedUntil)
    {
        if (Status != RefundStatus.Processing || ClaimedUntil > now)
        {
            return false;
        }

        ClaimedUntil = claimedUntil;
        return true;
    }

    internal void Release()
    {
        if (Status == RefundStatus.Processing)
        {
            ClaimedUntil = null;
        }
    }

    internal void Succeed(string providerRefundId, DateTime now)
    {
        EnsureProcessing();
        Status = RefundStatus.Succeeded;
        ProviderRefundId = providerRefundId;
        CompletedAt = now;
        ClaimedUntil = null;
    }

    internal void Fail(string reason, DateTime now)
    {
        EnsureProcessing();
        Status = RefundStatus.Failed;
        FailureReason = reason;
        CompletedAt = now;
        ClaimedUntil = null;
    }

    private void EnsureProcessing()
    {
        if (Status != RefundStatus.Processing)
        {
            throw new InvalidOperationException($"Refund {Id} is {Status}, not processing");
        }
    }
}
