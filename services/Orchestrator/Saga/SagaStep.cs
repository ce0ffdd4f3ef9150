namespace PurchasePlatform.Orchestrator.Saga;

/// <summary>Where a purchase saga is: the forward steps in order, then the compensations in reverse order.</summary>
public enum SagaStep
{
    Reserve,
    Price,
    CreateOrder,
    Charge,
    ConfirmReservations,
    ConfirmOrder,
    Notify,
    Done,

    Refund,
    CancelOrder,
    ReleaseReservations,
    Compensated,
}
