namespace PurchasePlatform.Orchestrator.Saga;

/// <summary>
/// The activities of the purchase saga: each call is idempotent (keys derived from the purchase id), so the saga may
/// repeat one after a crash or a timeout without doing it twice.
/// </summary>
public interface IPurchaseSteps
{
    /// <summary>Holds the line's stock (key <c>{purchaseId}:{productId}</c>); Rejected when sold out or unknown.</summary>
    Task<StepResult> ReserveAsync(string purchaseId, PurchaseLine line, CancellationToken cancellationToken);

    /// <summary>Current prices; Rejected when a product is unknown or inactive.</summary>
    Task<StepResult<IReadOnlyList<LinePrice>>> PriceAsync(IReadOnlyList<PurchaseLine> lines, CancellationToken cancellationToken);

    /// <summary>Creates the order (Idempotency-Key <c>{purchaseId}:order</c>); the same order again on a repeat.</summary>
    Task<StepResult<CreatedOrder>> CreateOrderAsync(PurchaseState purchase, CancellationToken cancellationToken);

    /// <summary>Charges the order's total (Idempotency-Key <c>{purchaseId}:charge</c>); Rejected when declined.</summary>
    Task<StepResult<string>> ChargeAsync(PurchaseState purchase, CancellationToken cancellationToken);

    /// <summary>Turns the line's hold into a sale; Rejected when the hold is gone (expired or released).</summary>
    Task<StepResult> ConfirmReservationAsync(string purchaseId, PurchaseLine line, CancellationToken cancellationToken);

    /// <summary>Marks the order paid.</summary>
    Task<StepResult> ConfirmOrderAsync(PurchaseState purchase, CancellationToken cancellationToken);

    /// <summary>Tells the customer (publishes <see cref="PurchaseTopics.Completed"/>).</summary>
    Task<StepResult> NotifyAsync(PurchaseState purchase, CancellationToken cancellationToken);

    /// <summary>A completed payment of this purchase's order, when a charge was sent but its answer was lost.</summary>
    Task<StepResult<string?>> FindPaymentAsync(PurchaseState purchase, CancellationToken cancellationToken);

    /// <summary>Refunds the whole payment (Idempotency-Key <c>{purchaseId}:refund</c>); done when nothing is left to refund.</summary>
    Task<StepResult> RefundAsync(PurchaseState purchase, CancellationToken cancellationToken);

    /// <summary>Cancels the order; done when it is already cancelled or unknown.</summary>
    Task<StepResult> CancelOrderAsync(PurchaseState purchase, CancellationToken cancellationToken);

    /// <summary>Releases the line's hold (or returns it when it turns out confirmed); done whatever the hold's state.</summary>
    Task<StepResult> ReleaseAsync(string purchaseId, PurchaseLine line, CancellationToken cancellationToken);

    /// <summary>Puts a confirmed line's units back from sold to available; done when returned already.</summary>
    Task<StepResult> ReturnAsync(string purchaseId, PurchaseLine line, CancellationToken cancellationToken);
}

public sealed record LinePrice(string ProductId, string Name, long UnitPriceCents, string Currency);

public sealed record CreatedOrder(string OrderId, long TotalCents, string Currency);
