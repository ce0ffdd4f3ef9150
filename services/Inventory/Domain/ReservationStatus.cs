namespace PurchasePlatform.Inventory.Domain;

public enum ReservationStatus
{
    /// <summary>The shard had no stock for the key when it first saw it; the walk goes on to the next shard.</summary>
    Passed,
    Reserved,
    Confirmed,
    Released,
    Expired,

    /// <summary>Was confirmed (sold), then put back to available by the saga's compensation.</summary>
    Returned,
}
