namespace PurchasePlatform.Gateway.FlashSale.Events;

/// <summary>The data of <c>inventory.stock_changed.v1</c>: one shard's counts after a change, with that shard's version.</summary>
internal sealed record StockChanged(
    string? ProductId,
    int Shard,
    int ShardCount,
    long Available,
    long Reserved,
    long Sold,
    long Version,
    DateTimeOffset ChangedAt)
{
    public const string PubSubName = "pubsub";
    public const string Topic = "inventory.stock_changed.v1";

    public bool IsUsable => FlashSaleInput.IsProductId(ProductId) && ShardCount > 0 && Shard >= 0 && Shard < ShardCount;
}
