using System.Collections.Concurrent;
using Dapr.Client;
using Microsoft.Extensions.Options;
using PurchasePlatform.Inventory.Events;

namespace PurchasePlatform.Inventory.Stock;

/// <summary>
/// Each product's shard count, stored in the state store the first time its stock is set and never changed
/// after (the walk of every key depends on it); cached in memory once read. The record is created first-write:
/// of several initialisers at once (instances, the admin, the catalog sync) exactly one creates it, and only that
/// one's initial stock is recorded.
/// </summary>
public sealed class ProductShardCounts(DaprClient dapr, IOptions<InventoryOptions> options)
{
    private static readonly StateOptions CreateOnly = new() { Concurrency = ConcurrencyMode.FirstWrite };

    private readonly ConcurrentDictionary<string, int> known = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> settled = new(StringComparer.Ordinal);

    public static string StateKey(string productId) => $"product-shards-{productId}";

    /// <summary>The product's shard count, or null when its stock was never set.</summary>
    public async Task<int?> FindAsync(string productId, CancellationToken cancellationToken)
    {
        if (known.TryGetValue(productId, out var count))
        {
            return count;
        }

        var stored = await ReadAsync(productId, cancellationToken);
        return stored is null ? null : known.GetOrAdd(productId, stored.ShardCount);
    }

    /// <summary>The stored shard count, storing the configured one first if there is none.</summary>
    public async Task<int> InitialiseAsync(string productId, CancellationToken cancellationToken)
    {
        if (await FindAsync(productId, cancellationToken) is { } count)
        {
            return count;
        }

        var record = await CreateOrReadAsync(productId, new ProductShardsRecord(ConfiguredCount), cancellationToken);
        return known.GetOrAdd(productId, record.ShardCount);
    }

    /// <summary>
    /// Claims the product's first initialisation with <paramref name="quantity"/>: creates its record (with the
    /// quantity as pending initial stock) if it has none. Answers the initial stock still to be put on the shards
    /// (this claim's, or an earlier claim's that was never finished), or null when the product was initialised.
    /// </summary>
    public async Task<InitialStock?> ClaimInitialStockAsync(string productId, int quantity, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(quantity);
        if (settled.ContainsKey(productId))
        {
            return null;
        }

        var record = await ReadAsync(productId, cancellationToken)
            ?? await CreateOrReadAsync(productId, new ProductShardsRecord(ConfiguredCount, quantity), cancellationToken);
        known.TryAdd(productId, record.ShardCount);
        if (record.PendingInitialStock is not { } pending)
        {
            settled.TryAdd(productId, true);
            return null;
        }

        return new InitialStock(productId, record.ShardCount, pending);
    }

    /// <summary>Records that the claimed initial stock is on the shards.</summary>
    public async Task SettleAsync(InitialStock initial, CancellationToken cancellationToken)
    {
        // Only ever clears the pending figure of a record whose shard count never changes, so a plain write is safe.
        await dapr.SaveStateAsync(FlashOrderLocation.StateStore, StateKey(initial.ProductId), new ProductShardsRecord(initial.ShardCount),
            cancellationToken: cancellationToken);
        settled.TryAdd(initial.ProductId, true);
    }

    private int ConfiguredCount => Math.Max(1, options.Value.Shards.PerProduct);

    private Task<ProductShardsRecord?> ReadAsync(string productId, CancellationToken cancellationToken) =>
        dapr.GetStateAsync<ProductShardsRecord?>(FlashOrderLocation.StateStore, StateKey(productId), cancellationToken: cancellationToken);

    private async Task<ProductShardsRecord> CreateOrReadAsync(string productId, ProductShardsRecord record, CancellationToken cancellationToken)
    {
        // First-write without an ETag: the store refuses it when the key exists, so one creator wins.
        if (await dapr.TrySaveStateAsync(FlashOrderLocation.StateStore, StateKey(productId), record, etag: string.Empty, CreateOnly,
                cancellationToken: cancellationToken))
        {
            return record;
        }

        return await ReadAsync(productId, cancellationToken)
            ?? throw new InvalidOperationException($"The shard record of {productId} was refused as existing but cannot be read");
    }

    /// <param name="PendingInitialStock">Set by a first initialisation until its stock is on the shards.</param>
    internal sealed record ProductShardsRecord(int ShardCount, int? PendingInitialStock = null);
}

/// <summary>A product's claimed initial stock, still to be put on its shards.</summary>
public sealed record InitialStock(string ProductId, int ShardCount, int Quantity);
