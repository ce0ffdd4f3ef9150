namespace PurchasePlatform.Catalog.Domain;

/// <summary>Inventory's latest known count for one shard of a product's stock (the highest version seen wins).</summary>
public sealed class StockLevel
{
    public required string ProductId { get; init; }

    public required int Shard { get; init; }

    public int ShardCount { get; set; }

    public int Available { get; set; }

    public long Version { get; set; }

    public DateTime ChangedAt { get; set; }
}
