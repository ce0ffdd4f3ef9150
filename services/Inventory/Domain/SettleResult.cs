namespace PurchasePlatform.Inventory.Domain;

/// <summary>The result of confirming, releasing or returning a reservation on one shard.</summary>
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

    /// <summary>A confirmed reservation's units went back from sold to available.</summary>
    Returned,

    AlreadyReturned,

    /// <summary>Return of a reservation that is not confirmed (still held, released or expired): nothing changes.</summary>
    NotConfirmed,
}
