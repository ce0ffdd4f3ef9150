namespace PurchasePlatform.Inventory.Actors;

public sealed record ReserveRequest(string Key, int Quantity);
