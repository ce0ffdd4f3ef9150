using LocalDapr.Components;
using LocalDapr.State;
using Microsoft.Data.Sqlite;

namespace LocalDapr.Tests.State;

public sealed class SqliteStateStoreTests : StateStoreContract
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "localdapr-sqlite-" + Guid.NewGuid().ToString("N"));

    private string DatabasePath => Path.Combine(_directory, "state.db");

    protected override Dictionary<string, string> RequiredMetadata() => new() { ["connectionString"] = DatabasePath };

    protected override IStateStore Create(ComponentSpec spec) => SqliteStateStore.Create(spec);

    public override Task InitializeAsync()
    {
        Directory.CreateDirectory(_directory);
        return base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task Data_survives_a_new_store_instance_on_the_same_file()
    {
        await Store.SetAsync(Write("app||durable", Bytes("kept"), ttl: TimeSpan.FromHours(1)), default);
        var written = await Store.GetAsync("app||durable", default);
        await Store.DisposeAsync();

        await using var reopened = Create(Spec("statestore", RequiredMetadata()));
        var read = await reopened.GetAsync("app||durable", default);

        Assert.Equal("kept", Text(read!.Value));
        Assert.Equal(written!.ETag, read.ETag);
        Assert.NotNull(read.ExpiresAt);
        await reopened.SetAsync(Write("app||durable", Bytes("changed"), written.ETag), default);
    }

    [Fact]
    public async Task The_file_has_daprds_layout()
    {
        await Store.SetAsync(Write("app||layout", Bytes("{\"a\":1}")), default);

        await using var connection = Open();
        Assert.Equal(
            ["key", "value", "is_binary", "etag", "expiration_time", "update_time"],
            Query(connection, "SELECT name FROM pragma_table_info('state') ORDER BY cid").Select(r => (string)r[0]));
        Assert.Equal("1", Query(connection, "SELECT value FROM metadata WHERE key = 'migrations'").Single()[0]);
        Assert.Equal("wal", Query(connection, "PRAGMA journal_mode").Single()[0]);
        var row = Query(connection, "SELECT value, is_binary, etag FROM state WHERE key = 'app||layout'").Single();
        Assert.Equal(Convert.ToBase64String(Bytes("{\"a\":1}")), row[0]);
        Assert.Equal(1L, row[1]);
        Assert.Equal((await Store.GetAsync("app||layout", default))!.ETag, row[2]);
    }

    [Fact]
    public async Task Reads_a_json_row_as_daprd_writes_it_for_http_callers()
    {
        await using (var connection = Open())
        {
            Query(connection, """
                INSERT INTO state (key, value, is_binary, etag, expiration_time)
                VALUES ('app||from-daprd', '{"n":1}', 0, 'etag-1', DATETIME(CURRENT_TIMESTAMP, '+60 seconds'))
                """);
        }

        var stored = await Store.GetAsync("app||from-daprd", default);

        Assert.Equal("{\"n\":1}", Text(stored!.Value));
        Assert.Equal("etag-1", stored.ETag);
        Assert.InRange(stored.ExpiresAt!.Value, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddMinutes(2));
    }

    [Fact]
    public async Task Uses_the_configured_table()
    {
        var metadata = RequiredMetadata();
        metadata["tableName"] = "orders_state";
        await using var store = Create(Spec("orders", metadata));

        await store.SetAsync(Write("app||k", Bytes("v")), default);

        await using var connection = Open();
        Assert.Single(Query(connection, "SELECT key FROM orders_state"));
        Assert.Null(await Store.GetAsync("app||k", default));
    }

    [Fact]
    public async Task Cleanup_interval_removes_expired_rows_from_the_file()
    {
        var metadata = RequiredMetadata();
        metadata["cleanupInterval"] = "1s";
        await using var store = Create(Spec("cleaned", metadata));
        await store.SetAsync(Write("app||short", Bytes("v"), ttl: TimeSpan.FromSeconds(1)), default);
        await store.SetAsync(Write("app||long", Bytes("v")), default);

        await using var connection = Open();
        Assert.True(await EventuallyAsync(() =>
            Task.FromResult(Query(connection, "SELECT key FROM state WHERE key = 'app||short'").Count == 0)));
        Assert.Single(Query(connection, "SELECT key FROM state WHERE key = 'app||long'"));
    }

    [Fact]
    public async Task Two_stores_on_the_same_file_see_one_first_writer_win()
    {
        await using var second = Create(Spec("statestore", RequiredMetadata()));
        var stores = new[] { Store, second };

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(async () =>
        {
            try
            {
                await stores[i % 2].SetAsync(Write("app||shared-race", Bytes($"writer-{i}"), concurrency: ConcurrencyMode.FirstWrite), default);
                return $"writer-{i}";
            }
            catch (ETagMismatchException)
            {
                return null;
            }
        })));

        var winner = Assert.Single(outcomes, o => o is not null);
        Assert.Equal(winner, Text((await second.GetAsync("app||shared-race", default))!.Value));
    }

    [Theory]
    [InlineData("file:{0}?_pragma=busy_timeout(5000)&_txlock=immediate")]
    [InlineData("Data Source={0}")]
    [InlineData("{0}")]
    public async Task Accepts_daprd_and_microsoft_connection_string_forms(string form)
    {
        await Store.SetAsync(Write("app||shared", Bytes("v")), default);

        await using var store = Create(Spec("statestore", new() { ["connectionString"] = string.Format(form, DatabasePath) }));

        Assert.Equal("v", Text((await store.GetAsync("app||shared", default))!.Value));
    }

    [Fact]
    public async Task An_in_memory_database_keeps_its_data_while_the_store_lives()
    {
        await using var store = Create(Spec("memory", new() { ["connectionString"] = ":memory:" }));

        await store.SetAsync(Write("app||k", Bytes("v")), default);

        Assert.Equal("v", Text((await store.GetAsync("app||k", default))!.Value));
    }

    [Fact]
    public void A_missing_connection_string_names_the_file_and_field()
    {
        var error = Assert.Throws<ComponentConfigurationException>(() => Create(Spec("broken", [])));

        Assert.Equal("/resources/statestore.yaml", error.File);
        Assert.Equal("spec.metadata.connectionString", error.Field);
    }

    [Fact]
    public void A_table_name_that_is_not_an_identifier_is_rejected()
    {
        var metadata = RequiredMetadata();
        metadata["tableName"] = "state; DROP TABLE metadata";

        var error = Assert.Throws<ComponentConfigurationException>(() => Create(Spec("broken", metadata)));

        Assert.Equal("spec.metadata.tableName", error.Field);
    }

    [Fact]
    public void A_database_that_cannot_be_opened_is_reported_against_the_connection_string()
    {
        var metadata = new Dictionary<string, string> { ["connectionString"] = Path.Combine(_directory, "no-such-dir", "state.db") };

        var error = Assert.Throws<ComponentConfigurationException>(() => Create(Spec("broken", metadata)));

        Assert.Equal("spec.metadata.connectionString", error.Field);
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DatabasePath, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    private static List<object[]> Query(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object[]>();
        while (reader.Read())
        {
            var row = new object[reader.FieldCount];
            reader.GetValues(row);
            rows.Add(row);
        }

        return rows;
    }
}
