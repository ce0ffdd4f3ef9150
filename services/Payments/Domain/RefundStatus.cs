namespace PurchasePlatform.Payments.Domain;

public enum RefundStatus
{
    /// <summary>Its amount is reserved on the payment; the provider has been or is being asked to refund.</summary>
    Processing,
    Succeeded,
    Failed,
}
