namespace PurchasePlatform.Inventory.Domain;

public enum FlashOrderStatus
{
    /// <summary>The shard had no stock for the key when it first saw it; the walk goes on to the next shard.</summary>
    Passed,
    Accepted,
    Cancelled,
}
