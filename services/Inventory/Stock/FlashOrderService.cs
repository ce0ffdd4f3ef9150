using Dapr.Client;
using PurchasePlatform.Inventory.Actors;
using PurchasePlatform.Inventory.Domain;
using PurchasePlatform.Inventory.Events;

namespace PurchasePlatform.Inventory.Stock;

/// <summary>
/// Flash orders over a product's shards. An order key visits the shards in a fixed order from its start shard;
/// each shard decides once per key (sold here, or passed) and returns that decision on later visits, so a retry
/// or a concurrent duplicate walks the same path to the same shard and can never buy twice.
/// </summary>
public sealed class FlashOrderService(IStockShards shards, ProductShardCounts shardCounts, DaprClient dapr)
{
    public async Task<FlashOrderAttempt> PlaceAsync(string productId, string userId, string idempotencyKey, int quantity,
        CancellationToken cancellationToken)
    {
        var orderId = OrderKeys.FlashOrderId(userId, productId, idempotencyKey);
        if (await shardCounts.FindAsync(productId, cancellationToken) is not { } count)
        {
            return new FlashOrderAttempt(FlashOrderResult.UnknownProduct, orderId, null);
        }

        var request = new FlashSellRequest(orderId, productId, userId, idempotencyKey, quantity);
        foreach (var shard in OrderKeys.Walk(OrderKeys.FlashStartShard(userId, productId, idempotencyKey, count), count))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var outcome = await shards.Shard(productId, shard).SellAsync(request);
            if (outcome.Order.Status != FlashOrderStatus.Passed)
            {
                return new FlashOrderAttempt(outcome.IsDuplicate ? FlashOrderResult.Duplicate : FlashOrderResult.Accepted, orderId, outcome.Order);
            }
        }

        return new FlashOrderAttempt(FlashOrderResult.SoldOut, orderId, null);
    }

    /// <summary>An accepted (or cancelled) flash order, or null when there is none with that id.</summary>
    public async Task<FlashOrder?> FindAsync(Guid orderId, CancellationToken cancellationToken)
    {
        var location = await dapr.GetStateAsync<FlashOrderLocation?>(FlashOrderLocation.StateStore, FlashOrderLocation.StateKey(orderId),
            cancellationToken: cancellationToken);
        return location is null ? null : (await shards.Shard(location.ProductId, location.Shard).GetFlashOrderAsync(orderId)).Order;
    }

    /// <summary>Cancels an order found by <see cref="FindAsync"/>: its stock goes back to available.</summary>
    public async Task<FlashOrder> CancelAsync(FlashOrder order) =>
        (await shards.Shard(order.ProductId, order.Shard).CancelFlashOrderAsync(order.OrderId)).Order
        ?? throw new InvalidOperationException($"Flash order {order.OrderId} vanished from its shard.");
}
