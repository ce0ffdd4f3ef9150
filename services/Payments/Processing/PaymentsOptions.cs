namespace PurchasePlatform.Payments.Processing;

/// <summary>Configuration section "Payments".</summary>
public sealed class PaymentsOptions
{
    public const string Section = "Payments";

    /// <summary>
    /// How long a request holds a processing payment or refund. It must outlast the provider pipeline's worst case
    /// (attempts × timeout + backoff); after it, a retry with the same key takes over.
    /// </summary>
    public TimeSpan ClaimDuration { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How long a duplicate request waits for the request holding its key to finish before answering 409.</summary>
    public TimeSpan InProgressWait { get; set; } = TimeSpan.FromSeconds(20);

    public TimeSpan InProgressPollInterval { get; set; } = TimeSpan.FromMilliseconds(50);

    /// <summary>The Dapr app id of Orders, asked whether a customer's payment is for their own pending order and its total.</summary>
    public string OrdersAppId { get; set; } = "orders";

    public TimeSpan OrdersTimeout { get; set; } = TimeSpan.FromSeconds(5);
}
