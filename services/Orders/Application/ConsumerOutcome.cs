namespace PurchasePlatform.Orders.Application;

/// <summary>What a consumer tells Dapr: done (also for a duplicate), try again later, or never deliverable.</summary>
public enum ConsumerOutcome
{
    Success,
    Retry,
    Drop,
}
