using System.Globalization;
using LocalDapr.Components;
using StackExchange.Redis;

namespace LocalDapr.State;

/// <summary>
/// <c>state.redis</c>: state in Redis in the layout daprd uses (see <see cref="RedisStateScripts"/>), so daprd and
/// LocalDapr read each other's data. ETags are the integer versions; checks follow the in-memory store's rules and
/// run inside one Lua script per call, which makes transactions atomic.
/// A write without a TTL takes the component's <c>ttlInSeconds</c>; a non-positive TTL means no expiry.
/// </summary>
public sealed class RedisStateStore : IStateStore
{
    private readonly ConnectionMultiplexer _connection;
    private readonly RedisStateStoreOptions _options;

    private RedisStateStore(string name, RedisStateStoreOptions options, ConnectionMultiplexer connection)
    {
        Name = name;
        _options = options;
        _connection = connection;
    }

    public static IStateStore Create(ComponentSpec spec)
    {
        var options = RedisStateStoreOptions.From(spec);
        return new RedisStateStore(spec.Name, options, ConnectionMultiplexer.Connect(options.Client));
    }

    public string Name { get; }

    public bool IsActorStateStore => _options.IsActorStateStore;

    private IDatabase Database => _connection.GetDatabase();

    public async Task<StoredState?> GetAsync(string key, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var result = await Database.ScriptEvaluateAsync(RedisStateScripts.Get, [key]).WaitAsync(cancellationToken);
        if (result.IsNull) return null;

        var fields = (RedisResult[])result!;
        var remainingMs = (long)fields[2];
        var expiresAt = remainingMs > 0 ? DateTimeOffset.UtcNow.AddMilliseconds(remainingMs) : (DateTimeOffset?)null;
        return new StoredState((byte[])fields[0]!, (string)fields[1]!, expiresAt);
    }

    public Task SetAsync(StateWrite write, CancellationToken cancellationToken) =>
        ExecuteTransactionAsync([StateOperation.Of(write)], cancellationToken);

    public Task DeleteAsync(StateDelete delete, CancellationToken cancellationToken) =>
        ExecuteTransactionAsync([StateOperation.Of(delete)], cancellationToken);

    public async Task ExecuteTransactionAsync(IReadOnlyList<StateOperation> operations, CancellationToken cancellationToken)
    {
        if (operations.Count == 0) return;
        var keys = new RedisKey[operations.Count];
        var arguments = new RedisValue[operations.Count * RedisStateScripts.FieldsPerOperation];
        for (var i = 0; i < operations.Count; i++)
        {
            var operation = operations[i];
            operation.EnsureWellFormed();
            keys[i] = operation.Key;
            var fields = operation.Upsert is { } write ? UpsertFields(write) : DeleteFields(operation.Delete!);
            fields.CopyTo(arguments, i * RedisStateScripts.FieldsPerOperation);
        }

        // Not cancellable once sent: the caller could not tell whether the write happened.
        cancellationToken.ThrowIfCancellationRequested();
        var result = (RedisResult[])(await Database.ScriptEvaluateAsync(RedisStateScripts.Apply, keys, arguments))!;
        if ((string)result[0]! == "mismatch")
            throw new ETagMismatchException((string)result[1]!, (string)result[2]!);
    }

    public async ValueTask DisposeAsync() => await _connection.DisposeAsync();

    private RedisValue[] UpsertFields(StateWrite write)
    {
        var etag = string.IsNullOrEmpty(write.ETag)
            ? ""
            : Version(write.ETag) ?? throw new InvalidETagException(write.Key, write.ETag);
        var lifetime = write.Ttl is null ? _options.DefaultTtl : write.Lifetime();
        var lifetimeMs = lifetime is { } value ? (long)Math.Ceiling(value.TotalMilliseconds) : 0;
        return ["set", etag, FirstWrite(write.Concurrency), write.Value, lifetimeMs];
    }

    private static RedisValue[] DeleteFields(StateDelete delete)
    {
        // A non-integer ETag cannot match any version, so it is a mismatch rather than an error.
        var etag = string.IsNullOrEmpty(delete.ETag) ? "" : Version(delete.ETag) ?? delete.ETag;
        return ["del", etag, FirstWrite(delete.Concurrency), RedisValue.EmptyString, 0];
    }

    private static string? Version(string etag) =>
        long.TryParse(etag, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var version)
            ? version.ToString(CultureInfo.InvariantCulture)
            : null;

    private static string FirstWrite(ConcurrencyMode concurrency) => concurrency == ConcurrencyMode.FirstWrite ? "1" : "0";
}
