using LocalDapr.Components;
using LocalDapr.State;
using PurchasePlatform.TestSupport;
using StackExchange.Redis;

namespace LocalDapr.Tests.State;

public sealed class RedisStateStoreTests : StateStoreContract
{
    private RedisServer _redis = null!;

    protected override Dictionary<string, string> RequiredMetadata() => new() { ["redisHost"] = _redis.Endpoint };

    protected override IStateStore Create(ComponentSpec spec) => RedisStateStore.Create(spec);

    public override async Task InitializeAsync()
    {
        _redis = await RedisServer.StartAsync();
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await _redis.DisposeAsync();
    }

    [Fact]
    public async Task Data_survives_a_redis_restart()
    {
        await Store.SetAsync(Write("app||durable", Bytes("kept")), default);
        var written = await Store.GetAsync("app||durable", default);

        await _redis.RestartAsync();

        var read = await Store.GetAsync("app||durable", default);
        Assert.Equal("kept", Text(read!.Value));
        Assert.Equal(written!.ETag, read.ETag);
        await using var fresh = Create(Spec("statestore", RequiredMetadata()));
        Assert.Equal("kept", Text((await fresh.GetAsync("app||durable", default))!.Value));
    }

    [Fact]
    public async Task A_non_integer_etag_is_invalid()
    {
        await Store.SetAsync(Write("app||k", Bytes("v1")), default);

        var error = await Assert.ThrowsAsync<InvalidETagException>(() =>
            Store.SetAsync(Write("app||k", Bytes("v2"), "not-a-number"), default));
        await Assert.ThrowsAsync<InvalidETagException>(() => Store.ExecuteTransactionAsync(
            [StateOperation.Of(Write("app||other", Bytes("x"))), StateOperation.Of(Write("app||k", Bytes("v3"), "a1b2"))], default));

        Assert.Equal("app||k", error.Key);
        Assert.Equal("v1", Text((await Store.GetAsync("app||k", default))!.Value));
        Assert.Null(await Store.GetAsync("app||other", default));
    }

    [Fact]
    public async Task Data_is_stored_in_daprds_hash_layout()
    {
        await Store.SetAsync(Write("app||layout", Bytes("{\"a\":1}"), ttl: TimeSpan.FromMinutes(5)), default);
        var stored = await Store.GetAsync("app||layout", default);

        await using var client = await ConnectionMultiplexer.ConnectAsync(_redis.Endpoint);
        var db = client.GetDatabase();
        Assert.Equal("{\"a\":1}", (string?)await db.HashGetAsync("app||layout", "data"));
        Assert.Equal(stored!.ETag, (string?)await db.HashGetAsync("app||layout", "version"));
        Assert.True(long.TryParse(stored.ETag, out _));
        Assert.NotNull(await db.KeyTimeToLiveAsync("app||layout"));
    }

    [Fact]
    public async Task Reads_a_hash_written_by_daprd()
    {
        await using var client = await ConnectionMultiplexer.ConnectAsync(_redis.Endpoint);
        await client.GetDatabase().HashSetAsync("app||from-daprd", [new("data", "{\"n\":1}"), new("version", 7)]);

        var stored = await Store.GetAsync("app||from-daprd", default);

        Assert.Equal("{\"n\":1}", Text(stored!.Value));
        Assert.Equal("7", stored.ETag);
        await Store.SetAsync(Write("app||from-daprd", Bytes("{\"n\":2}"), "7"), default);
        Assert.Equal("8", (await Store.GetAsync("app||from-daprd", default))!.ETag);
    }

    [Fact]
    public async Task The_component_ttl_applies_to_writes_without_their_own()
    {
        var metadata = RequiredMetadata();
        metadata["ttlInSeconds"] = "1";
        await using var store = Create(Spec("short-lived", metadata));

        await store.SetAsync(Write("app||default-ttl", Bytes("v")), default);
        await store.SetAsync(Write("app||no-ttl", Bytes("v"), ttl: TimeSpan.Zero), default);

        Assert.True(await EventuallyAsync(async () => await store.GetAsync("app||default-ttl", default) is null));
        Assert.Null((await store.GetAsync("app||no-ttl", default))!.ExpiresAt);
    }

    [Fact]
    public async Task Uses_the_configured_database()
    {
        var metadata = RequiredMetadata();
        metadata["redisDB"] = "3";
        await using var store = Create(Spec("db3", metadata));

        await store.SetAsync(Write("app||k", Bytes("v")), default);

        Assert.Null(await Store.GetAsync("app||k", default));
        await using var client = await ConnectionMultiplexer.ConnectAsync(_redis.Endpoint);
        Assert.True(await client.GetDatabase(3).KeyExistsAsync("app||k"));
    }

    [Fact]
    public void A_missing_redis_host_names_the_file_and_field()
    {
        var error = Assert.Throws<ComponentConfigurationException>(() => Create(Spec("broken", [])));

        Assert.Equal("/resources/statestore.yaml", error.File);
        Assert.Equal("spec.metadata.redisHost", error.Field);
    }
}
