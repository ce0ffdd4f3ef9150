using System.Collections.Concurrent;
using Dapr.Client;
using Microsoft.Extensions.Options;
using PurchasePlatform.Inventory.Events;

namespace PurchasePlatform.Inventory.Stock;

/// <summary>
/// Each product's shard count, stored in the state store the first time its stock is set and never changed
/// after (the walk of every key depends on it); cached in memory once read.
/// </summary>
public sealed class ProductShardCounts(DaprClient dapr, IOptions<InventoryOptions> options)
{
    private readonly ConcurrentDictionary<string, int> known = new(StringComparer.Ordinal);

    public static string StateKey(string productId) => $"product-shards-{productId}";

    /// <summary>The product's shard count, or null when its stock was never set.</summary>
    public async Task<int?> FindAsync(string productId, CancellationToken cancellationToken)
    {
        if (known.TryGetValue(productId, out var count))
        {
            return count;
        }

        var stored = await dapr.GetStateAsync<ProductShardsRecord?>(FlashOrderLocation.StateStore, StateKey(productId),
            cancellationToken: cancellationToken);
        return stored is null ? null : known.GetOrAdd(productId, stored.ShardCount);
    }

    /// <summary>The stored shard count, storing the configured one first if there is none.</summary>
    public async Task<int> InitialiseAsync(string productId, CancellationToken cancellationToken)
    {
        if (await FindAsync(productId, cancellationToken) is { } count)
        {
            return count;
        }

        // Every instance has the same configuration, so two first initialisations at once store the same count.
        var record = new ProductShardsRecord(Math.Max(1, options.Value.Shards.PerProduct));
        await dapr.SaveStateAsync(FlashOrderLocation.StateStore, StateKey(productId), record, cancellationToken: cancellationToken);
        return known.GetOrAdd(productId, record.ShardCount);
    }

    internal sealed record ProductShardsRecord(int ShardCount);
}
