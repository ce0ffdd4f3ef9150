using Dapr.Client;
using PurchasePlatform.TestSupport;

namespace LocalDapr.Tests.Sdk;

/// <summary>
/// The real DaprClient against a full LocalDapr run, for each state component type; SQLite and Redis data
/// outlive a restart of LocalDapr.
/// </summary>
public sealed class SdkStateTests : IAsyncLifetime
{
    private RedisServer _redis = null!;
    private string _sqliteFile = null!;

    public async Task InitializeAsync()
    {
        _redis = await RedisServer.StartAsync();
        _sqliteFile = Path.Combine(Path.GetTempPath(), $"localdapr-{Guid.NewGuid():N}.db");
    }

    public async Task DisposeAsync()
    {
        await _redis.DisposeAsync();
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(_sqliteFile + suffix);
    }

    public static TheoryData<string> StoreTypes => ["state.in-memory", "state.sqlite", "state.redis"];

    [Theory]
    [MemberData(nameof(StoreTypes))]
    public async Task Save_get_etag_conflict_transaction_and_bulk_get(string type)
    {
        await using var run = await StartAsync(type);
        var client = run.Client("orders");

        await client.SaveStateAsync("statestore", "order-1", new Order("o-1", 2));
        var (order, etag) = await client.GetStateAndETagAsync<Order>("statestore", "order-1");
        Assert.Equal(new Order("o-1", 2), order);

        await client.SaveStateAsync("statestore", "order-1", new Order("o-1", 3));
        Assert.False(await client.TrySaveStateAsync("statestore", "order-1", new Order("o-1", 99), etag));
        Assert.Equal(3, (await client.GetStateAsync<Order>("statestore", "order-1")).Quantity);

        var (_, fresh) = await client.GetStateAndETagAsync<Order>("statestore", "order-1");
        Assert.True(await client.TrySaveStateAsync("statestore", "order-1", new Order("o-1", 4), fresh));

        await client.ExecuteStateTransactionAsync("statestore",
        [
            new StateTransactionRequest("order-2", System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(new Order("o-2", 1)), StateOperationType.Upsert),
            new StateTransactionRequest("order-1", null, StateOperationType.Delete),
        ]);
        var bulk = await client.GetBulkStateAsync("statestore", ["order-1", "order-2"], parallelism: 2);
        Assert.Equal("", bulk.Single(i => i.Key == "order-1").Value);
        Assert.Contains("o-2", bulk.Single(i => i.Key == "order-2").Value, StringComparison.Ordinal);

        var firstWrite = new StateOptions { Concurrency = ConcurrencyMode.FirstWrite };
        Assert.False(await client.TrySaveStateAsync("statestore", "order-2", new Order("o-2", 7), "", firstWrite));
    }

    [Theory]
    [MemberData(nameof(StoreTypes))]
    public async Task Ttl_metadata_expires_the_value(string type)
    {
        await using var run = await StartAsync(type);
        var client = run.Client("orders");
        await client.SaveStateAsync("statestore", "hold", "seat-12", metadata: new Dictionary<string, string> { ["ttlInSeconds"] = "3" });
        Assert.Equal("seat-12", await client.GetStateAsync<string>("statestore", "hold"));

        // 3 s: long enough to read the value back on a loaded 2-core machine, short enough to watch it go.
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (await client.GetStateAsync<string>("statestore", "hold") is not null)
        {
            Assert.True(DateTime.UtcNow < deadline, "the value did not expire within 15 s");
            await Task.Delay(100);
        }
    }

    [Theory]
    [InlineData("state.sqlite")]
    [InlineData("state.redis")]
    public async Task Data_outlives_a_restart_of_LocalDapr(string type)
    {
        await using (var first = await StartAsync(type))
        {
            await first.Client("orders").SaveStateAsync("statestore", "kept", new Order("o-9", 9));
        }

        await using var second = await StartAsync(type);
        Assert.Equal(new Order("o-9", 9), await second.Client("orders").GetStateAsync<Order>("statestore", "kept"));
    }

    [Fact]
    public async Task Keys_are_prefixed_with_the_app_id_so_apps_do_not_see_each_others_state()
    {
        await using var run = await StartAsync("state.redis", "cart");
        await run.Client("orders").SaveStateAsync("statestore", "shared-name", "orders' value");
        Assert.Null(await run.Client("cart").GetStateAsync<string>("statestore", "shared-name"));
    }

    private Task<TestRun> StartAsync(string type, params string[] moreApps)
    {
        var metadata = type switch
        {
            "state.sqlite" => new[] { ("connectionString", _sqliteFile) },
            "state.redis" => [("redisHost", _redis.Endpoint)],
            _ => [],
        };
        var apps = new Dictionary<string, int?> { ["orders"] = null };
        foreach (var app in moreApps) apps[app] = null;
        return TestRun.StartAsync(new Dictionary<string, string> { ["state.yaml"] = Yaml.Component("statestore", type, metadata) }, apps);
    }

    private sealed record Order(string Id, int Quantity);
}
