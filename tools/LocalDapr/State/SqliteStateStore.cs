using System.Globalization;
using LocalDapr.Components;
using Microsoft.Data.Sqlite;

namespace LocalDapr.State;

/// <summary>
/// <c>state.sqlite</c>: state in a SQLite file laid out as daprd's component lays it out (values base64 text with
/// <c>is_binary = 1</c>, GUID ETags, <c>expiration_time</c> in SQLite's UTC text form). Writes run one at a time in
/// this process inside <c>BEGIN IMMEDIATE</c> transactions, with the ETag checks inside; the busy timeout covers
/// other processes on the same file.
/// </summary>
public sealed class SqliteStateStore : IStateStore
{
    /// <summary>Now in UTC with milliseconds; compares correctly with whole-second timestamps daprd writes too.</summary>
    private const string Now = "strftime('%Y-%m-%d %H:%M:%f', 'now')";

    private const string NotExpired = $"(expiration_time IS NULL OR expiration_time > {Now})";

    private readonly SqliteStateStoreOptions _options;
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly SqliteConnection? _inMemoryKeepAlive;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _cleanupLoop;
    private int _disposed;

    private SqliteStateStore(string name, SqliteStateStoreOptions options, SqliteConnection? inMemoryKeepAlive)
    {
        Name = name;
        _options = options;
        _inMemoryKeepAlive = inMemoryKeepAlive;
        _cleanupLoop = options.CleanupInterval > TimeSpan.Zero ? RemoveExpiredPeriodicallyAsync() : Task.CompletedTask;
    }

    public static IStateStore Create(ComponentSpec spec)
    {
        var options = SqliteStateStoreOptions.From(spec);
        var connection = new SqliteConnection(options.ConnectionString);
        try
        {
            connection.Open();
            SetBusyTimeout(connection, options.BusyTimeout);
            var journalMode = options.IsInMemory ? "MEMORY" : options.DisableWal ? "DELETE" : "WAL";
            Execute(connection, $"PRAGMA journal_mode = {journalMode}");
            SqliteStateSchema.EnsureCreated(connection, options.TableName, options.MetadataTableName);
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw new ComponentConfigurationException(spec.SourceFile, "spec.metadata.connectionString",
                $"component '{spec.Name}': cannot open the SQLite database: {e.Message}");
        }

        // A shared in-memory database lives only while a connection to it is open.
        if (!options.IsInMemory) connection.Dispose();
        return new SqliteStateStore(spec.Name, options, options.IsInMemory ? connection : null);
    }

    public string Name { get; }

    public bool IsActorStateStore => _options.IsActorStateStore;

    public async Task<StoredState?> GetAsync(string key, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT value, is_binary, etag, expiration_time FROM {_options.TableName} WHERE key = $key AND {NotExpired}";
        command.Parameters.AddWithValue("$key", key);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken)) return null;

        var text = reader.GetString(0);
        // daprd writes JSON text (is_binary 0) for values that came over HTTP and base64 for raw bytes.
        var value = reader.GetInt64(1) != 0 ? Convert.FromBase64String(text) : System.Text.Encoding.UTF8.GetBytes(text);
        var expiresAt = reader.IsDBNull(3) ? (DateTimeOffset?)null : ParseTimestamp(reader.GetString(3));
        return new StoredState(value, reader.GetString(2), expiresAt);
    }

    public Task SetAsync(StateWrite write, CancellationToken cancellationToken) =>
        ExecuteTransactionAsync([StateOperation.Of(write)], cancellationToken);

    public Task DeleteAsync(StateDelete delete, CancellationToken cancellationToken) =>
        ExecuteTransactionAsync([StateOperation.Of(delete)], cancellationToken);

    public async Task ExecuteTransactionAsync(IReadOnlyList<StateOperation> operations, CancellationToken cancellationToken)
    {
        foreach (var operation in operations) operation.EnsureWellFormed();
        if (operations.Count == 0) return;

        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            await using var connection = await OpenAsync(cancellationToken);
            await using var transaction = connection.BeginTransaction();
            foreach (var operation in operations)
            {
                if (operation.Upsert is { } write) await UpsertAsync(connection, write, cancellationToken);
                else await DeleteAsync(connection, operation.Delete!, cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            _writeGate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
        await _stopping.CancelAsync();
        await _cleanupLoop;
        if (_inMemoryKeepAlive is not null) await _inMemoryKeepAlive.DisposeAsync();
        await using (var connection = new SqliteConnection(_options.ConnectionString))
        {
            SqliteConnection.ClearPool(connection);
        }

        _stopping.Dispose();
        _writeGate.Dispose();
    }

    private async Task UpsertAsync(SqliteConnection connection, StateWrite write, CancellationToken cancellationToken)
    {
        ETagRules.Check(write.Key, await CurrentETagAsync(connection, write.Key, cancellationToken), write.ETag, write.Concurrency);

        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            INSERT OR REPLACE INTO {_options.TableName} (key, value, is_binary, etag, update_time, expiration_time)
            VALUES ($key, $value, 1, $etag, CURRENT_TIMESTAMP,
                    CASE WHEN $lifetime IS NULL THEN NULL ELSE strftime('%Y-%m-%d %H:%M:%f', 'now', $lifetime) END)
            """;
        command.Parameters.AddWithValue("$key", write.Key);
        command.Parameters.AddWithValue("$value", Convert.ToBase64String(write.Value));
        command.Parameters.AddWithValue("$etag", Guid.NewGuid().ToString());
        // Whole seconds as daprd takes them, counted from this millisecond: a whole-second clock would let a
        // 1 s TTL end at once when written late in a second.
        command.Parameters.AddWithValue("$lifetime", write.Lifetime() is { } lifetime
            ? string.Create(CultureInfo.InvariantCulture, $"+{(long)Math.Ceiling(lifetime.TotalSeconds)} seconds")
            : DBNull.Value);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task DeleteAsync(SqliteConnection connection, StateDelete delete, CancellationToken cancellationToken)
    {
        ETagRules.Check(delete.Key, await CurrentETagAsync(connection, delete.Key, cancellationToken), delete.ETag, delete.Concurrency);

        await using var command = connection.CreateCommand();
        command.CommandText = $"DELETE FROM {_options.TableName} WHERE key = $key";
        command.Parameters.AddWithValue("$key", delete.Key);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<string?> CurrentETagAsync(SqliteConnection connection, string key, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT etag FROM {_options.TableName} WHERE key = $key AND {NotExpired}";
        command.Parameters.AddWithValue("$key", key);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    private async Task RemoveExpiredPeriodicallyAsync()
    {
        using var timer = new PeriodicTimer(_options.CleanupInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(_stopping.Token))
            {
                try
                {
                    await RemoveExpiredAsync(_stopping.Token);
                }
                catch (SqliteException)
                {
                    // The next tick tries again; expired rows are invisible to reads meanwhile.
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>Like daprd, records the cleanup time in the metadata table so that several processes sharing the file do not all clean up.</summary>
    private async Task RemoveExpiredAsync(CancellationToken cancellationToken)
    {
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            await using var connection = await OpenAsync(cancellationToken);
            await using var transaction = connection.BeginTransaction();
            await using var claim = connection.CreateCommand();
            claim.CommandText = $"""
                INSERT INTO {_options.MetadataTableName} (key, value) VALUES ('last-cleanup', CURRENT_TIMESTAMP)
                ON CONFLICT (key) DO UPDATE SET value = CURRENT_TIMESTAMP
                WHERE (unixepoch(CURRENT_TIMESTAMP) - unixepoch(value)) * 1000 > $minimumGapMs
                """;
            claim.Parameters.AddWithValue("$minimumGapMs", (long)_options.CleanupInterval.TotalMilliseconds - 100);
            if (await claim.ExecuteNonQueryAsync(cancellationToken) > 0)
            {
                await using var delete = connection.CreateCommand();
                delete.CommandText = $"DELETE FROM {_options.TableName} WHERE expiration_time IS NOT NULL AND expiration_time < {Now}";
                await delete.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            _writeGate.Release();
        }
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_options.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            SetBusyTimeout(connection, _options.BusyTimeout);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private static void SetBusyTimeout(SqliteConnection connection, TimeSpan busyTimeout)
    {
        if (busyTimeout > TimeSpan.Zero)
            Execute(connection, string.Create(CultureInfo.InvariantCulture, $"PRAGMA busy_timeout = {(long)busyTimeout.TotalMilliseconds}"));
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>SQLite's timestamp text, "yyyy-MM-dd HH:mm:ss[.fff]" in UTC.</summary>
    private static DateTimeOffset ParseTimestamp(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
