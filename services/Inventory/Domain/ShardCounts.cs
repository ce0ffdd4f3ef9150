namespace PurchasePlatform.Inventory.Domain;

public sealed record ShardCounts(int Available, int Reserved, int Sold, long Version);
