namespace PurchasePlatform.Orchestrator.Saga;

/// <summary>
/// Everything a purchase saga knows, saved after every step: the lines, what each step returned, where it is, its
/// retries, and the events not yet published. Plain data, so that any host (an actor, a workflow) can store it.
/// </summary>
public sealed class PurchaseState
{
    public required string PurchaseId { get; init; }

    public required string UserId { get; init; }

    public required List<PurchaseLine> Lines { get; init; }

    public required string PaymentMethodId { get; init; }

    public string Status { get; set; } = PurchaseStatus.Pending;

    public SagaStep Step { get; set; } = SagaStep.Reserve;

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }

    public long? AmountCents { get; set; }

    public string? Currency { get; set; }

    public bool OrderCreateAttempted { get; set; }

    public string? OrderId { get; set; }

    public bool ChargeAttempted { get; set; }

    public string? PaymentId { get; set; }

    public bool Refunded { get; set; }

    public bool OrderCancelled { get; set; }

    /// <summary>Set when compensation starts: the customer asked for it.</summary>
    public bool CancelledByCustomer { get; set; }

    /// <summary>Why the purchase did not complete (failure) or was undone.</summary>
    public string? Reason { get; set; }

    /// <summary>Failed attempts of the current step.</summary>
    public int Attempts { get; set; }

    public string? LastError { get; set; }

    /// <summary>When the current step may be tried again; null: now.</summary>
    public DateTimeOffset? NextAttemptAt { get; set; }

    public int EventSequence { get; set; }

    public List<PurchaseEvent> PendingEvents { get; init; } = [];

    public bool IsFinal => PurchaseStatus.IsFinal(Status);

    public bool IsCompensating => Step >= SagaStep.Refund;
}
