namespace PurchasePlatform.Payments.Domain;

public enum PaymentStatus
{
    /// <summary>Claimed by an idempotency key; the provider has been or is being asked to charge.</summary>
    Processing,
    Succeeded,
    Failed,
    PartiallyRefunded,
    Refunded,
}
