using System.Text.Json;
using Dapr.Actors.Runtime;

namespace PurchasePlatform.TestSupport;

/// <summary>
/// Actor state the way the Dapr actor state manager and store behave for one actor: changes are pending until
/// <see cref="SaveStateAsync"/> writes them all at once; values round-trip through JSON; a TTL makes an entry
/// vanish once the clock passes it. <see cref="FailSaves"/> makes saves throw, as when the sidecar is gone.
/// </summary>
public sealed class InMemoryActorState(TimeProvider clock) : IActorStateManager
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly Dictionary<string, StoredEntry> persisted = new(StringComparer.Ordinal);
    private readonly Dictionary<string, StoredEntry?> pending = new(StringComparer.Ordinal);

    public int Saves { get; private set; }

    public int FailSaves { get; set; }

    /// <summary>Called after each save that wrote something.</summary>
    public Action? Saved { get; set; }

    public IReadOnlyCollection<string> Names => persisted.Keys;

    /// <summary>The TTL the entry was last saved with (null: kept).</summary>
    public TimeSpan? TtlOf(string name) => persisted.TryGetValue(name, out var entry) ? entry.Ttl : null;

    public T? Persisted<T>(string name) where T : class =>
        persisted.TryGetValue(name, out var entry) && Live(entry) ? JsonSerializer.Deserialize<T>(entry.Json, Json) : null;

    /// <summary>What a new activation would see: pending changes dropped.</summary>
    public void DropPending() => pending.Clear();

    public Task<ConditionalValue<T>> TryGetStateAsync<T>(string stateName, CancellationToken cancellationToken = default)
    {
        var entry = pending.TryGetValue(stateName, out var change) ? change : persisted.GetValueOrDefault(stateName);
        return Task.FromResult(entry is not null && Live(entry)
            ? new ConditionalValue<T>(true, JsonSerializer.Deserialize<T>(entry.Json, Json)!)
            : new ConditionalValue<T>());
    }

    public Task SetStateAsync<T>(string stateName, T value, CancellationToken cancellationToken = default) =>
        Set(stateName, value, null);

    public Task SetStateAsync<T>(string stateName, T value, TimeSpan ttl, CancellationToken cancellationToken = default) =>
        Set(stateName, value, ttl);

    public Task RemoveStateAsync(string stateName, CancellationToken cancellationToken = default)
    {
        pending[stateName] = null;
        return Task.CompletedTask;
    }

    public Task SaveStateAsync(CancellationToken cancellationToken = default)
    {
        if (FailSaves > 0)
        {
            FailSaves--;
            pending.Clear();
            throw new HttpRequestException("actor state store unavailable");
        }

        foreach (var (name, entry) in pending)
        {
            if (entry is null)
            {
                persisted.Remove(name);
            }
            else
            {
                persisted[name] = entry;
            }
        }

        if (pending.Count > 0)
        {
            Saves++;
            Saved?.Invoke();
        }

        pending.Clear();
        return Task.CompletedTask;
    }

    public Task ClearCacheAsync(CancellationToken cancellationToken = default)
    {
        pending.Clear();
        return Task.CompletedTask;
    }

    public async Task<T> GetStateAsync<T>(string stateName, CancellationToken cancellationToken = default)
    {
        var value = await TryGetStateAsync<T>(stateName, cancellationToken);
        return value.HasValue ? value.Value : throw new KeyNotFoundException(stateName);
    }

    public async Task<bool> ContainsStateAsync(string stateName, CancellationToken cancellationToken = default) =>
        (await TryGetStateAsync<JsonElement>(stateName, cancellationToken)).HasValue;

    public async Task<bool> TryRemoveStateAsync(string stateName, CancellationToken cancellationToken = default)
    {
        if (!await ContainsStateAsync(stateName, cancellationToken))
        {
            return false;
        }

        await RemoveStateAsync(stateName, cancellationToken);
        return true;
    }

    public Task AddStateAsync<T>(string stateName, T value, CancellationToken cancellationToken = default) =>
        TryAddStateAsync(stateName, value, cancellationToken);

    public Task AddStateAsync<T>(string stateName, T value, TimeSpan ttl, CancellationToken cancellationToken = default) =>
        TryAddStateAsync(stateName, value, ttl, cancellationToken);

    public async Task<bool> TryAddStateAsync<T>(string stateName, T value, CancellationToken cancellationToken = default)
    {
        if (await ContainsStateAsync(stateName, cancellationToken))
        {
            return false;
        }

        await Set(stateName, value, null);
        return true;
    }

    public async Task<bool> TryAddStateAsync<T>(string stateName, T value, TimeSpan ttl, CancellationToken cancellationToken = default)
    {
        if (await ContainsStateAsync(stateName, cancellationToken))
        {
            return false;
        }

        await Set(stateName, value, ttl);
        return true;
    }

    public async Task<T> GetOrAddStateAsync<T>(string stateName, T value, CancellationToken cancellationToken = default)
    {
        await TryAddStateAsync(stateName, value, cancellationToken);
        return await GetStateAsync<T>(stateName, cancellationToken);
    }

    public async Task<T> GetOrAddStateAsync<T>(string stateName, T value, TimeSpan ttl, CancellationToken cancellationToken = default)
    {
        await TryAddStateAsync(stateName, value, ttl, cancellationToken);
        return await GetStateAsync<T>(stateName, cancellationToken);
    }

    public async Task<T> AddOrUpdateStateAsync<T>(string stateName, T addValue, Func<string, T, T> updateValueFactory,
        CancellationToken cancellationToken = default)
    {
        var current = await TryGetStateAsync<T>(stateName, cancellationToken);
        var value = current.HasValue ? updateValueFactory(stateName, current.Value) : addValue;
        await Set(stateName, value, null);
        return value;
    }

    public async Task<T> AddOrUpdateStateAsync<T>(string stateName, T addValue, Func<string, T, T> updateValueFactory, TimeSpan ttl,
        CancellationToken cancellationToken = default)
    {
        var current = await TryGetStateAsync<T>(stateName, cancellationToken);
        var value = current.HasValue ? updateValueFactory(stateName, current.Value) : addValue;
        await Set(stateName, value, ttl);
        return value;
    }

    public Task UnloadStateAsync(string stateName, UnloadStateOptions? options = null, CancellationToken cancellationToken = default) =>
        Task.CompletedTask;

    private Task Set<T>(string stateName, T value, TimeSpan? ttl)
    {
        pending[stateName] = new StoredEntry(JsonSerializer.Serialize(value, Json), ttl, ttl is { } t ? clock.GetUtcNow() + t : null);
        return Task.CompletedTask;
    }

    private bool Live(StoredEntry entry) => entry.ExpiresAt is not { } expiresAt || clock.GetUtcNow() < expiresAt;

    private sealed record StoredEntry(string Json, TimeSpan? Ttl, DateTimeOffset? ExpiresAt);
}
