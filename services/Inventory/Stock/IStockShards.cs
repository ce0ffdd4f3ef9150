using PurchasePlatform.Inventory.Actors;

namespace PurchasePlatform.Inventory.Stock;

/// <summary>Reaches the shard actors of a product.</summary>
public interface IStockShards
{
    IStockShardActor Shard(string productId, int shard);
}
