namespace PurchasePlatform.Payments.Domain;

/// <summary>
/// One charge of a card for an order. It is stored as <see cref="PaymentStatus.Processing"/>, claimed by the request
/// that created it, before the provider is asked to charge; the provider call is idempotent by <see cref="Id"/>,
/// so whoever takes over an abandoned claim may ask again without charging twice.
/// </summary>
public sealed class Payment
{
    private Payment()
    {
    }

    public string Id { get; private set; } = null!;

    public string OrderId { get; private set; } = null!;

    public Guid UserId { get; private set; }

    public long AmountCents { get; private set; }

    public string Currency { get; private set; } = null!;

    public PaymentStatus Status { get; private set; }

    /// <summary>The saved payment method charged, when one was used.</summary>
    public string? PaymentMethodId { get; private set; }

    public string CardToken { get; private set; } = null!;

    public string CardBrand { get; private set; } = null!;

    public string CardLast4 { get; private set; } = null!;

    public string? TransactionId { get; private set; }

    public string? ReceiptUrl { get; private set; }

    /// <summary>The provider's decline code, e.g. INSUFFICIENT_FUNDS, when the charge failed.</summary>
    public string? FailureCode { get; private set; }

    public string? FailureReason { get; private set; }

    /// <summary>Refunded by succeeded refunds.</summary>
    public long RefundedCents { get; private set; }

    /// <summary>Held by refunds still processing, so concurrent refunds never exceed the amount paid.</summary>
    public long ReservedRefundCents { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime? CompletedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    /// <summary>While processing: until when the request working on it holds it.</summary>
    public DateTime? ClaimedUntil { get; private set; }

    /// <summary>
    /// Set when the reconciler completed the charge long after its request: Orders is still to be asked whether the
    /// order was canceled meanwhile (the payment is then refunded in full).
    /// </summary>
    public bool OrderCheckDue { get; private set; }

    /// <summary>Bumped by every change; a concurrency token, so of two racing changes one fails and retries.</summary>
    public int Version { get; private set; }

    public List<Refund> Refunds { get; private set; } = [];

    public bool ChargeSucceeded => Status is PaymentStatus.Succeeded or PaymentStatus.PartiallyRefunded or PaymentStatus.Refunded;

    public long RefundableCents => ChargeSucceeded ? AmountCents - RefundedCents - ReservedRefundCents : 0;

    public static Payment Start(string orderId, Guid userId, long amountCents, string currency, CardDetails card, string? paymentMethodId,
        DateTime now, DateTime claimedUntil) => new()
    {
        Id = "pay-" + Guid.NewGuid().ToString("N"),
        OrderId = orderId,
        UserId = userId,
        AmountCents = amountCents,
        Currency = currency,
        Status = PaymentStatus.Processing,
        PaymentMethodId = paymentMethodId,
        CardToken = card.Token,
        CardBrand = card.Brand,
        CardLast4 = card.Last4,
        CreatedAt = now,
        UpdatedAt = now,
        ClaimedUntil = claimedUntil,
    };

    /// <summary>Takes over a processing payment whose claim ran out (its request crashed or gave up).</summary>
    public bool TryClaim(DateTime now, DateTime claimedUntil)
    {
        if (Status != PaymentStatus.Processing || ClaimedUntil > now)
        {
            return false;
        }

        ClaimedUntil = claimedUntil;
        Touch(now);
        return true;
    }

    /// <summary>Gives up the claim without an outcome (the provider could not be reached), so a retry may take over at once.</summary>
    public void Release(DateTime now)
    {
        if (Status == PaymentStatus.Processing)
        {
            ClaimedUntil = null;
            Touch(now);
        }
    }

    public void Succeed(string transactionId, string receiptUrl, DateTime now)
    {
        EnsureProcessing();
        Status = PaymentStatus.Succeeded;
        TransactionId = transactionId;
        ReceiptUrl = receiptUrl;
        Finish(now);
    }

    /// <summary>Marks a charge the reconciler completed successfully for the check of its order (<see cref="OrderCheckDue"/>).</summary>
    public void AwaitOrderCheck(DateTime now)
    {
        if (Status == PaymentStatus.Succeeded)
        {
            OrderCheckDue = true;
            Touch(now);
        }
    }

    public void Fail(string code, string reason, DateTime now)
    {
        EnsureProcessing();
        Status = PaymentStatus.Failed;
        FailureCode = code;
        FailureReason = reason;
        Finish(now);
    }

    /// <returns>The refund, processing and holding its amount; null when more than <see cref="RefundableCents"/> is asked.</returns>
    public Refund? StartRefund(long amountCents, string? reason, DateTime now, DateTime claimedUntil)
    {
        if (amountCents <= 0 || amountCents > RefundableCents)
        {
            return null;
        }

        var refund = Refund.Start(this, amountCents, reason, now, claimedUntil);
        Refunds.Add(refund);
        ReservedRefundCents += amountCents;
        Touch(now);
        return refund;
    }

    /// <summary>Takes over a processing refund whose claim ran out.</summary>
    public bool TryClaimRefund(Refund refund, DateTime now, DateTime claimedUntil)
    {
        if (!refund.TryClaim(now, claimedUntil))
        {
            return false;
        }

        Touch(now);
        return true;
    }

    public void ReleaseRefund(Refund refund, DateTime now)
    {
        refund.Release();
        Touch(now);
    }

    public void CompleteRefund(Refund refund, string providerRefundId, DateTime now)
    {
        refund.Succeed(providerRefundId, now);
        ReservedRefundCents -= refund.AmountCents;
        RefundedCents += refund.AmountCents;
        Status = RefundedCents == AmountCents ? PaymentStatus.Refunded : PaymentStatus.PartiallyRefunded;
        Touch(now);
    }

    public void FailRefund(Refund refund, string reason, DateTime now)
    {
        refund.Fail(reason, now);
        ReservedRefundCents -= refund.AmountCents;
        Touch(now);
    }

    private void EnsureProcessing()
    {
        if (Status != PaymentStatus.Processing)
        {
            throw new InvalidOperationException($"Payment {Id} is {Status}, not processing");
        }
    }

    private void Finish(DateTime now)
    {
        CompletedAt = now;
        ClaimedUntil = null;
        Touch(now);
    }

    private void Touch(DateTime now)
    {
        UpdatedAt = now;
        Version++;
    }
}
