using Dapr.Actors.Client;
using PurchasePlatform.Inventory.Actors;

namespace PurchasePlatform.Inventory.Stock;

/// <summary>Shard actors through Dapr actor proxies (JSON serialization, as the runtime is registered).</summary>
public sealed class ActorStockShards(IActorProxyFactory proxies) : IStockShards
{
    public IStockShardActor Shard(string productId, int shard) =>
        proxies.CreateActorProxy<IStockShardActor>(ShardActorId.For(productId, shard), nameof(StockShardActor));
}
