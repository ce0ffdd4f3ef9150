namespace PurchasePlatform.Inventory.Domain;

public enum ReserveResult
{
    Reserved,
    SoldOut,
    InvalidQuantity,
    InvalidKey,
}
