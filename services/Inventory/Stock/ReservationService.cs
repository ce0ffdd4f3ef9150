using PurchasePlatform.Inventory.Actors;
using PurchasePlatform.Inventory.Domain;

namespace PurchasePlatform.Inventory.Stock;

public enum ReservationResult
{
    Reserved,
    Duplicate,
    SoldOut,
    UnknownProduct,
}

public sealed record ReservationAttempt(ReservationResult Result, int Quantity, DateTimeOffset? ExpiresAt);

/// <summary>Saga reservations over a product's shards, with the same walk as flash orders.</summary>
public sealed class ReservationService(IStockShards shards, ProductShardCounts shardCounts)
{
    public async Task<ReservationAttempt> ReserveAsync(string productId, string key, int quantity, CancellationToken cancellationToken)
    {
        if (await shardCounts.FindAsync(productId, cancellationToken) is not { } count)
        {
            return new ReservationAttempt(ReservationResult.UnknownProduct, quantity, null);
        }

        foreach (var shard in OrderKeys.Walk(OrderKeys.ReservationStartShard(productId, key, count), count))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var outcome = await shards.Shard(productId, shard).ReserveAsync(new ShardReserveRequest(key, quantity));
            if (outcome.Status != ReservationStatus.Passed)
            {
                return new ReservationAttempt(outcome.IsDuplicate ? ReservationResult.Duplicate : ReservationResult.Reserved,
                    outcome.Quantity, outcome.ExpiresAt);
            }
        }

        return new ReservationAttempt(ReservationResult.SoldOut, quantity, null);
    }

    public Task<SettleResult> ConfirmAsync(string productId, string key, CancellationToken cancellationToken) =>
        SettleAsync(productId, key, (shard, k) => shard.ConfirmAsync(k), cancellationToken);

    public Task<SettleResult> ReleaseAsync(string productId, string key, CancellationToken cancellationToken) =>
        SettleAsync(productId, key, (shard, k) => shard.ReleaseAsync(k), cancellationToken);

    public Task<SettleResult> ReturnAsync(string productId, string key, CancellationToken cancellationToken) =>
        SettleAsync(productId, key, (shard, k) => shard.ReturnAsync(k), cancellationToken);

    // The reservation walk stopped at the shard that holds the key, and every shard before it passed; a shard that
    // never saw the key means the walk never got that far.
    private async Task<SettleResult> SettleAsync(string productId, string key, Func<IStockShardActor, string, Task<SettleResult>> settle,
        CancellationToken cancellationToken)
    {
        if (await shardCounts.FindAsync(productId, cancellationToken) is not { } count)
        {
            return SettleResult.NotFound;
        }

        foreach (var shard in OrderKeys.Walk(OrderKeys.ReservationStartShard(productId, key, count), count))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var result = await settle(shards.Shard(productId, shard), key);
            if (result != SettleResult.Passed)
            {
                return result;
            }
        }

        return SettleResult.NotFound;
    }
}
