namespace LocalDapr.State;

/// <summary>
/// A state store component. Keys arrive already prefixed by the API layer (e.g. "orders||cart-42").
/// Semantics follow components-contrib's in-memory store: every write gets a new ETag; an ETag that is
/// given must match the stored one (a missing key is a mismatch); first-write without an ETag on an
/// existing key is a mismatch; expired entries are invisible.
/// </summary>
public interface IStateStore : IAsyncDisposable
{
    string Name { get; }

    /// <summary>True when the component's metadata says <c>actorStateStore: "true"</c>.</summary>
    bool IsActorStateStore { get; }

    Task<StoredState?> GetAsync(string key, CancellationToken cancellationToken);

    /// <exception cref="ETagMismatchException">the ETag (or first-write rule) does not hold.</exception>
    /// <exception cref="InvalidETagException">the ETag is not in this store's format.</exception>
    Task SetAsync(StateWrite write, CancellationToken cancellationToken);

    /// <exception cref="ETagMismatchException">the ETag (or first-write rule) does not hold.</exception>
    Task DeleteAsync(StateDelete delete, CancellationToken cancellationToken);

    /// <summary>All or nothing: if any operation's ETag check fails, none is applied.</summary>
    Task ExecuteTransactionAsync(IReadOnlyList<StateOperation> operations, CancellationToken cancellationToken);
}

public enum ConcurrencyMode
{
    LastWrite,
    FirstWrite,
}

public sealed record StoredState(byte[] Value, string ETag, DateTimeOffset? ExpiresAt);

/// <param name="Ttl">null or non-positive: no expiry.</param>
public sealed record StateWrite(string Key, byte[] Value, string? ETag, ConcurrencyMode Concurrency, TimeSpan? Ttl);

public sealed record StateDelete(string Key, string? ETag, ConcurrencyMode Concurrency);

/// <summary>Exactly one of <see cref="Upsert"/> and <see cref="Delete"/> is set.</summary>
public sealed record StateOperation(StateWrite? Upsert, StateDelete? Delete)
{
    public static StateOperation Of(StateWrite write) => new(write, null);
    public static StateOperation Of(StateDelete delete) => new(null, delete);
    public string Key => Upsert?.Key ?? Delete!.Key;
}

public sealed class ETagMismatchException(string key, string detail)
    : Exception($"possible etag mismatch for key {key}: {detail}")
{
    public string Key { get; } = key;
}

public sealed class InvalidETagException(string key, string etag)
    : Exception($"invalid etag value '{etag}' for key {key}")
{
    public string Key { get; } = key;
}
