namespace PurchasePlatform.Inventory.Domain;

/// <summary>The result of confirming or releasing a reservation.</summary>
public enum SettleResult
{
    Confirmed,
    Released,
    AlreadyConfirmed,
    AlreadyReleased,
    AlreadyExpired,
    NotFound,
}
