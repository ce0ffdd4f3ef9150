namespace PurchasePlatform.Inventory.Domain;

/// <summary>The result of confirming or releasing a reservation on one shard.</summary>
public enum SettleResult
{
    Confirmed,
    Released,
    AlreadyConfirmed,
    AlreadyReleased,
    AlreadyExpired,

    /// <summary>This shard never saw the key.</summary>
    NotFound,

    /// <summary>This shard passed the key on to the next one.</summary>
    Passed,
}
