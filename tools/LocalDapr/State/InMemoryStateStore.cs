using LocalDapr.Components;

namespace LocalDapr.State;

/// <summary>
/// <c>state.in-memory</c>: a process-local dictionary with the semantics of components-contrib's in-memory
/// store (GUID ETags, TTL, all-or-nothing transactions). Expired entries are removed on read and by a
/// background sweep once a second.
/// </summary>
public sealed class InMemoryStateStore : IStateStore
{
    private static readonly TimeSpan SweepInterval = TimeSpan.FromSeconds(1);

    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private readonly ITimer _sweeper;

    public InMemoryStateStore(string name, bool isActorStateStore, TimeProvider? timeProvider = null)
    {
        Name = name;
        IsActorStateStore = isActorStateStore;
        _time = timeProvider ?? TimeProvider.System;
        _sweeper = _time.CreateTimer(_ => RemoveExpired(), null, SweepInterval, SweepInterval);
    }

    public static IStateStore Create(ComponentSpec spec) =>
        new InMemoryStateStore(spec.Name, spec.Bool("actorStateStore", false));

    public string Name { get; }

    public bool IsActorStateStore { get; }

    public Task<StoredState?> GetAsync(string key, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var entry = LiveEntry(key);
            return Task.FromResult(entry is null ? null : new StoredState(entry.Value.ToArray(), entry.ETag, entry.ExpiresAt));
        }
    }

    public Task SetAsync(StateWrite write, CancellationToken cancellationToken) =>
        ExecuteTransactionAsync([StateOperation.Of(write)], cancellationToken);

    public Task DeleteAsync(StateDelete delete, CancellationToken cancellationToken) =>
        ExecuteTransactionAsync([StateOperation.Of(delete)], cancellationToken);

    public Task ExecuteTransactionAsync(IReadOnlyList<StateOperation> operations, CancellationToken cancellationToken)
    {
        foreach (var operation in operations) operation.EnsureWellFormed();

        lock (_gate)
        {
            // Like in_memory.go: every check runs against the state before the transaction, then all operations apply.
            foreach (var operation in operations)
            {
                var (key, etag, concurrency) = operation.Upsert is { } write
                    ? (write.Key, write.ETag, write.Concurrency)
                    : (operation.Delete!.Key, operation.Delete.ETag, operation.Delete.Concurrency);
                ETagRules.Check(key, LiveEntry(key)?.ETag, etag, concurrency);
            }

            foreach (var operation in operations)
            {
                if (operation.Upsert is { } write)
                {
                    var expiresAt = write.Lifetime() is { } lifetime ? _time.GetUtcNow() + lifetime : (DateTimeOffset?)null;
                    _entries[write.Key] = new Entry(write.Value.ToArray(), Guid.NewGuid().ToString(), expiresAt);
                }
                else
                {
                    _entries.Remove(operation.Delete!.Key);
                }
            }
        }

        return Task.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await _sweeper.DisposeAsync();
        lock (_gate) _entries.Clear();
    }

    /// <summary>The entry for <paramref name="key"/> unless missing or expired; an expired one is removed. Call under the gate.</summary>
    private Entry? LiveEntry(string key)
    {
        if (!_entries.TryGetValue(key, out var entry)) return null;
        if (!entry.IsExpired(_time.GetUtcNow())) return entry;
        _entries.Remove(key);
        return null;
    }

    private void RemoveExpired()
    {
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            foreach (var (key, entry) in _entries)
            {
                if (entry.IsExpired(now)) _entries.Remove(key);
            }
        }
    }

    private sealed record Entry(byte[] Value, string ETag, DateTimeOffset? ExpiresAt)
    {
        public bool IsExpired(DateTimeOffset now) => ExpiresAt is { } expiresAt && now > expiresAt;
    }
}
