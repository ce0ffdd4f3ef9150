using System.Collections.Concurrent;
using PurchasePlatform.Inventory.Actors;
using PurchasePlatform.Inventory.Domain;
using PurchasePlatform.Inventory.Stock;
using PurchasePlatform.TestSupport;

namespace PurchasePlatform.Inventory.Tests.Fakes;

/// <summary>
/// Real shard actors in process, one call at a time per shard as the Dapr runtime runs them, sharing one
/// mocked DaprClient. A shard can be told to fail its next calls before or after the actor ran.
/// </summary>
internal sealed class InProcessShards(FakeDapr dapr, ManualClock clock, InventoryOptions? options = null) : IStockShards
{
    private readonly ConcurrentDictionary<(string, int), InProcessShard> shards = new();

    public IStockShardActor Shard(string productId, int shard) => Get(productId, shard);

    public InProcessShard Get(string productId, int shard) =>
        shards.GetOrAdd((productId, shard), key => new InProcessShard(new ShardHarness(key.Item2, dapr, clock, options ?? new InventoryOptions(), key.Item1)));

    public IEnumerable<InProcessShard> All => shards.Values;
}

internal sealed class InProcessShard(ShardHarness harness) : IStockShardActor
{
    private readonly SemaphoreSlim turn = new(1, 1);
    private int failBefore;
    private int failAfter;

    public ShardHarness Harness { get; } = harness;

    /// <summary>The next <paramref name="count"/> calls fail without reaching the actor.</summary>
    public void FailBefore(int count) => Interlocked.Exchange(ref failBefore, count);

    /// <summary>The next <paramref name="count"/> calls run and save, then their answer is lost.</summary>
    public void FailAfter(int count) => Interlocked.Exchange(ref failAfter, count);

    public Task<ShardCounts> SetAvailableAsync(SetShardStockRequest request) => TurnAsync(actor => actor.SetAvailableAsync(request));
    public Task<ShardCounts> GetCountsAsync() => TurnAsync(actor => actor.GetCountsAsync());
    public Task<ShardCounts> InitialiseAvailableAsync(SetShardStockRequest request) => TurnAsync(actor => actor.InitialiseAvailableAsync(request));
    public Task<FlashSellOutcome> SellAsync(FlashSellRequest request) => TurnAsync(actor => actor.SellAsync(request));
    public Task<FlashOrderLookup> GetFlashOrderAsync(Guid orderId) => TurnAsync(actor => actor.GetFlashOrderAsync(orderId));
    public Task<FlashOrderLookup> CancelFlashOrderAsync(Guid orderId) => TurnAsync(actor => actor.CancelFlashOrderAsync(orderId));
    public Task<ShardReserveOutcome> ReserveAsync(ShardReserveRequest request) => TurnAsync(actor => actor.ReserveAsync(request));
    public Task<SettleResult> ConfirmAsync(string key) => TurnAsync(actor => actor.ConfirmAsync(key));
    public Task<SettleResult> ReleaseAsync(string key) => TurnAsync(actor => actor.ReleaseAsync(key));
    public Task<SettleResult> ReturnAsync(string key) => TurnAsync(actor => actor.ReturnAsync(key));

    private async Task<T> TurnAsync<T>(Func<StockShardActor, Task<T>> call)
    {
        await turn.WaitAsync();
        try
        {
            if (TakeOne(ref failBefore))
            {
                throw new HttpRequestException("shard unreachable");
            }

            T result;
            try
            {
                result = await call(Harness.Actor);
            }
            catch
            {
                // What the actor runtime does when a method throws.
                await Harness.State.ClearCacheAsync();
                throw;
            }

            return TakeOne(ref failAfter) ? throw new HttpRequestException("answer lost") : result;
        }
        finally
        {
            turn.Release();
        }
    }

    private static bool TakeOne(ref int counter)
    {
        int current;
        do
        {
            current = Volatile.Read(ref counter);
            if (current <= 0)
            {
                return false;
            }
        }
        while (Interlocked.CompareExchange(ref counter, current - 1, current) != current);

        return true;
    }
}
