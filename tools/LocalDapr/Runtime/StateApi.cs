using System.Globalization;
using Grpc.Core;
using LocalDapr.Components;
using LocalDapr.State;

namespace LocalDapr.Runtime;

/// <summary>
/// The state building block for one app, shared by the HTTP and gRPC APIs: store lookup, key prefixing
/// (<c>keyPrefix</c>: appid by default, name, none or a fixed prefix, joined with "||"), TTL metadata and
/// daprd's error mapping.
/// </summary>
public sealed class StateApi(string appId, AppComponents components)
{
    public sealed record SaveItem(string Key, byte[] Value, string? ETag, ConcurrencyMode Concurrency, IReadOnlyDictionary<string, string> Metadata);

    public sealed record BulkItem(string Key, StoredState? State, string? Error);

    public sealed record TransactionItem(bool IsUpsert, SaveItem Item);

    public async Task<StoredState?> GetAsync(string storeName, string key, CancellationToken cancellationToken)
    {
        var (store, spec) = Resolve(storeName);
        var storeKey = StoreKey(spec, key);
        try
        {
            return await store.GetAsync(storeKey, cancellationToken);
        }
        catch (Exception ex) when (ex is not DaprApiException and not OperationCanceledException)
        {
            throw DaprErrors.StateGet(key, storeName, ex.Message);
        }
    }

    public async Task<IReadOnlyList<BulkItem>> GetBulkAsync(string storeName, IReadOnlyList<string> keys, int parallelism, CancellationToken cancellationToken)
    {
        var (store, spec) = Resolve(storeName);
        var results = new BulkItem[keys.Count];
        await Parallel.ForAsync(0, keys.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism), CancellationToken = cancellationToken },
            async (i, ct) =>
            {
                try
                {
                    results[i] = new BulkItem(keys[i], await store.GetAsync(StoreKey(spec, keys[i]), ct), null);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    results[i] = new BulkItem(keys[i], null, ex.Message);
                }
            });
        return results;
    }

    public async Task SaveAsync(string storeName, IReadOnlyList<SaveItem> items, CancellationToken cancellationToken)
    {
        var (store, spec) = Resolve(storeName);
        foreach (var item in items)
        {
            if (string.IsNullOrEmpty(item.Key)) throw DaprErrors.StateSave(storeName, "state key cannot be empty", 400, StatusCode.InvalidArgument);
            var write = ToWrite(spec, item);
            await WriteAsync(() => store.SetAsync(write, cancellationToken), (detail, http, grpc) => DaprErrors.StateSave(storeName, detail, http, grpc));
        }
    }

    public async Task DeleteAsync(string storeName, string key, string? etag, ConcurrencyMode concurrency, CancellationToken cancellationToken)
    {
        var (store, spec) = Resolve(storeName);
        var delete = new StateDelete(StoreKey(spec, key), NullIfEmpty(etag), concurrency);
        await WriteAsync(() => store.DeleteAsync(delete, cancellationToken), (detail, http, grpc) => DaprErrors.StateDelete(key, detail, http, grpc));
    }

    /// <summary>daprd's mapping of a store write's failure: ETag mismatch 409 / Aborted, invalid ETag 400 / InvalidArgument, else 500 / Internal.</summary>
    private static async Task WriteAsync(Func<Task> write, Func<string, int, StatusCode, DaprApiException> error)
    {
        try
        {
            await write();
        }
        catch (ETagMismatchException ex)
        {
            throw error(ex.Message, 409, StatusCode.Aborted);
        }
        catch (InvalidETagException ex)
        {
            throw error(ex.Message, 400, StatusCode.InvalidArgument);
        }
        catch (Exception ex) when (ex is not DaprApiException and not OperationCanceledException)
        {
            throw error(ex.Message, 500, StatusCode.Internal);
        }
    }

    public async Task ExecuteTransactionAsync(string storeName, IReadOnlyList<TransactionItem> operations, CancellationToken cancellationToken)
    {
        var (store, spec) = Resolve(storeName);
        var converted = operations.Select(op => op.IsUpsert
            ? StateOperation.Of(ToWrite(spec, op.Item))
            : StateOperation.Of(new StateDelete(StoreKey(spec, op.Item.Key), NullIfEmpty(op.Item.ETag), op.Item.Concurrency))).ToList();
        try
        {
            await store.ExecuteTransactionAsync(converted, cancellationToken);
        }
        catch (Exception ex) when (ex is not DaprApiException and not OperationCanceledException)
        {
            // daprd answers every failed transaction, ETag mismatches included, with 500 / Internal.
            throw DaprErrors.StateTransaction(ex.Message);
        }
    }

    /// <summary>The metadata daprd returns with a read (<c>ttlExpireTime</c> when the entry expires).</summary>
    public static IReadOnlyDictionary<string, string> ResponseMetadata(StoredState state) =>
        state.ExpiresAt is { } expires
            ? new Dictionary<string, string> { ["ttlExpireTime"] = expires.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture) }
            : new Dictionary<string, string>();

    public static ConcurrencyMode ParseConcurrency(string? value) =>
        value switch
        {
            null or "" or "last-write" => ConcurrencyMode.LastWrite,
            "first-write" => ConcurrencyMode.FirstWrite,
            _ => throw DaprErrors.BadRequest($"concurrency '{value}' is not first-write or last-write"),
        };

    private StateWrite ToWrite(ComponentSpec spec, SaveItem item)
    {
        TimeSpan? ttl = null;
        if (item.Metadata.TryGetValue("ttlInSeconds", out var ttlText) && ttlText.Length > 0)
        {
            if (!long.TryParse(ttlText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds) || seconds < -1)
                throw DaprErrors.StateSave(spec.Name, $"invalid ttlInSeconds value '{ttlText}'", 400, StatusCode.InvalidArgument);
            ttl = seconds > 0 ? TimeSpan.FromSeconds(seconds) : null;
        }

        return new StateWrite(StoreKey(spec, item.Key), item.Value, NullIfEmpty(item.ETag), item.Concurrency, ttl);
    }

    private string StoreKey(ComponentSpec spec, string key)
    {
        if (key.Contains("||", StringComparison.Ordinal))
            throw DaprErrors.StateMalformed($"input key/keyPrefix '{key}' can't contain '||'");
        var prefix = spec.Optional("keyPrefix") ?? "appid";
        return prefix switch
        {
            "appid" => $"{appId}||{key}",
            "name" => $"{spec.Name}||{key}",
            "none" => key,
            _ => $"{prefix}||{key}",
        };
    }

    private (IStateStore Store, ComponentSpec Spec) Resolve(string storeName)
    {
        if (components.StateStores.Count == 0) throw DaprErrors.StateStoreNotConfigured(appId);
        return components.StateStores.TryGetValue(storeName, out var found) ? found : throw DaprErrors.StateStoreNotFound(storeName);
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
