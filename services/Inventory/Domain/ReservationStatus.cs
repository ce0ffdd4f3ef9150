namespace PurchasePlatform.Inventory.Domain;

public enum ReservationStatus
{
    Reserved,
    Confirmed,
    Released,
    Expired,
}
