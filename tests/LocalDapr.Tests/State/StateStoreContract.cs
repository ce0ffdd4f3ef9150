using System.Text;
using LocalDapr.Components;
using LocalDapr.State;

namespace LocalDapr.Tests.State;

/// <summary>The behaviour every state store shares; each store's test class derives from this and supplies the store.</summary>
public abstract class StateStoreContract : IAsyncLifetime
{
    /// <summary>Valid in every store's ETag format (Redis wants integers) and never one a store hands out here.</summary>
    protected const string UnknownETag = "987654321";

    private static readonly TimeSpan ExpiryWait = TimeSpan.FromSeconds(10);

    protected IStateStore Store { get; private set; } = null!;

    /// <summary>The metadata a working component of this type needs.</summary>
    protected abstract Dictionary<string, string> RequiredMetadata();

    protected abstract IStateStore Create(ComponentSpec spec);

    protected ComponentSpec Spec(string name, Dictionary<string, string> metadata) =>
        new(name, "state.test", "v1", metadata, [], "/resources/statestore.yaml");

    public virtual Task InitializeAsync()
    {
        Store = Create(Spec("statestore", RequiredMetadata()));
        return Task.CompletedTask;
    }

    public virtual async Task DisposeAsync() => await Store.DisposeAsync();

    [Fact]
    public async Task Component_name_and_actor_flag_come_from_the_spec()
    {
        var metadata = RequiredMetadata();
        metadata["actorStateStore"] = "true";
        await using var actorStore = Create(Spec("actors", metadata));

        Assert.Equal("actors", actorStore.Name);
        Assert.True(actorStore.IsActorStateStore);
        Assert.False(Store.IsActorStateStore);
    }

    [Fact]
    public async Task Get_of_a_missing_key_returns_null()
    {
        Assert.Null(await Store.GetAsync("app||missing", default));
    }

    [Fact]
    public async Task Set_then_get_returns_the_same_bytes()
    {
        var binary = Enumerable.Range(0, 256).Select(i => (byte)i).Concat(new byte[] { 0xC3, 0x28, 0xFF, 0x00 }).ToArray();
        var json = Encoding.UTF8.GetBytes("{\"total\":12.5,\"name\":\"Größe\"}");

        await Store.SetAsync(Write("app||binary", binary), default);
        await Store.SetAsync(Write("app||json", json), default);

        Assert.Equal(binary, (await Store.GetAsync("app||binary", default))!.Value);
        var stored = await Store.GetAsync("app||json", default);
        Assert.Equal(json, stored!.Value);
        Assert.False(string.IsNullOrEmpty(stored.ETag));
        Assert.Null(stored.ExpiresAt);
    }

    [Fact]
    public async Task Every_write_gets_a_new_etag()
    {
        var etags = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            await Store.SetAsync(Write("app||counter", Bytes($"v{i}")), default);
            etags.Add((await Store.GetAsync("app||counter", default))!.ETag);
        }

        Assert.Equal(3, etags.Distinct().Count());
    }

    [Fact]
    public async Task Set_with_the_current_etag_succeeds_and_with_a_stale_one_fails_without_changing_anything()
    {
        await Store.SetAsync(Write("app||order", Bytes("v1")), default);
        var first = (await Store.GetAsync("app||order", default))!.ETag;
        await Store.SetAsync(Write("app||order", Bytes("v2"), first), default);
        var second = await Store.GetAsync("app||order", default);

        var error = await Assert.ThrowsAsync<ETagMismatchException>(
            () => Store.SetAsync(Write("app||order", Bytes("v3"), first), default));

        Assert.Equal("app||order", error.Key);
        var after = await Store.GetAsync("app||order", default);
        Assert.Equal("v2", Text(after!.Value));
        Assert.Equal(second!.ETag, after.ETag);
    }

    [Fact]
    public async Task Set_with_an_etag_for_a_missing_key_is_a_mismatch()
    {
        await Assert.ThrowsAsync<ETagMismatchException>(
            () => Store.SetAsync(Write("app||never-written", Bytes("v"), UnknownETag), default));

        Assert.Null(await Store.GetAsync("app||never-written", default));
    }

    [Fact]
    public async Task First_write_without_etag_only_succeeds_when_the_key_does_not_exist()
    {
        await Store.SetAsync(Write("app||first", Bytes("v1"), concurrency: ConcurrencyMode.FirstWrite), default);

        await Assert.ThrowsAsync<ETagMismatchException>(() =>
            Store.SetAsync(Write("app||first", Bytes("v2"), concurrency: ConcurrencyMode.FirstWrite), default));
        Assert.Equal("v1", Text((await Store.GetAsync("app||first", default))!.Value));

        var etag = (await Store.GetAsync("app||first", default))!.ETag;
        await Store.SetAsync(Write("app||first", Bytes("v3"), etag, ConcurrencyMode.FirstWrite), default);
        Assert.Equal("v3", Text((await Store.GetAsync("app||first", default))!.Value));
    }

    [Fact]
    public async Task Last_write_without_etag_overwrites()
    {
        await Store.SetAsync(Write("app||last", Bytes("v1")), default);
        await Store.SetAsync(Write("app||last", Bytes("v2")), default);

        Assert.Equal("v2", Text((await Store.GetAsync("app||last", default))!.Value));
    }

    [Fact]
    public async Task Delete_without_etag_removes_the_key_and_ignores_missing_keys()
    {
        await Store.SetAsync(Write("app||doomed", Bytes("v")), default);

        await Store.DeleteAsync(new StateDelete("app||doomed", null, ConcurrencyMode.LastWrite), default);
        await Store.DeleteAsync(new StateDelete("app||never-written", null, ConcurrencyMode.LastWrite), default);

        Assert.Null(await Store.GetAsync("app||doomed", default));
    }

    [Fact]
    public async Task Delete_checks_the_etag()
    {
        await Store.SetAsync(Write("app||guarded", Bytes("v1")), default);
        var stale = (await Store.GetAsync("app||guarded", default))!.ETag;
        await Store.SetAsync(Write("app||guarded", Bytes("v2")), default);

        await Assert.ThrowsAsync<ETagMismatchException>(() =>
            Store.DeleteAsync(new StateDelete("app||guarded", stale, ConcurrencyMode.LastWrite), default));
        await Assert.ThrowsAsync<ETagMismatchException>(() =>
            Store.DeleteAsync(new StateDelete("app||guarded", null, ConcurrencyMode.FirstWrite), default));
        await Assert.ThrowsAsync<ETagMismatchException>(() =>
            Store.DeleteAsync(new StateDelete("app||never-written", UnknownETag, ConcurrencyMode.LastWrite), default));
        Assert.Equal("v2", Text((await Store.GetAsync("app||guarded", default))!.Value));

        var current = (await Store.GetAsync("app||guarded", default))!.ETag;
        await Store.DeleteAsync(new StateDelete("app||guarded", current, ConcurrencyMode.FirstWrite), default);
        Assert.Null(await Store.GetAsync("app||guarded", default));
    }

    [Fact]
    public async Task An_entry_with_a_ttl_eventually_disappears_and_counts_as_missing()
    {
        await Store.SetAsync(Write("app||session", Bytes("v"), ttl: TimeSpan.FromSeconds(1)), default);
        var stored = await Store.GetAsync("app||session", default);
        Assert.NotNull(stored!.ExpiresAt);

        Assert.True(await EventuallyAsync(async () => await Store.GetAsync("app||session", default) is null),
            "the entry was still there long after its TTL");

        await Store.SetAsync(Write("app||session", Bytes("again"), concurrency: ConcurrencyMode.FirstWrite), default);
        Assert.Equal("again", Text((await Store.GetAsync("app||session", default))!.Value));
    }

    [Fact]
    public async Task A_write_without_ttl_removes_an_earlier_expiry()
    {
        await Store.SetAsync(Write("app||kept", Bytes("v1"), ttl: TimeSpan.FromHours(1)), default);
        await Store.SetAsync(Write("app||kept", Bytes("v2"), ttl: TimeSpan.Zero), default);

        Assert.Null((await Store.GetAsync("app||kept", default))!.ExpiresAt);
    }

    [Fact]
    public async Task A_transaction_applies_all_operations()
    {
        await Store.SetAsync(Write("app||tx-old", Bytes("old")), default);
        var etag = (await Store.GetAsync("app||tx-old", default))!.ETag;

        await Store.ExecuteTransactionAsync(
        [
            StateOperation.Of(Write("app||tx-new", Bytes("new"))),
            StateOperation.Of(new StateDelete("app||tx-old", etag, ConcurrencyMode.LastWrite)),
        ], default);

        Assert.Equal("new", Text((await Store.GetAsync("app||tx-new", default))!.Value));
        Assert.Null(await Store.GetAsync("app||tx-old", default));
    }

    [Fact]
    public async Task A_transaction_with_one_bad_etag_applies_nothing()
    {
        await Store.SetAsync(Write("app||tx-a", Bytes("a1")), default);
        await Store.SetAsync(Write("app||tx-b", Bytes("b1")), default);
        var etagA = (await Store.GetAsync("app||tx-a", default))!.ETag;

        var error = await Assert.ThrowsAsync<ETagMismatchException>(() => Store.ExecuteTransactionAsync(
        [
            StateOperation.Of(Write("app||tx-a", Bytes("a2"), etagA)),
            StateOperation.Of(Write("app||tx-c", Bytes("c1"))),
            StateOperation.Of(new StateDelete("app||tx-b", null, ConcurrencyMode.LastWrite)),
            StateOperation.Of(Write("app||tx-b", Bytes("b2"), UnknownETag)),
        ], default));

        Assert.Equal("app||tx-b", error.Key);
        var a = await Store.GetAsync("app||tx-a", default);
        Assert.Equal("a1", Text(a!.Value));
        Assert.Equal(etagA, a.ETag);
        Assert.Equal("b1", Text((await Store.GetAsync("app||tx-b", default))!.Value));
        Assert.Null(await Store.GetAsync("app||tx-c", default));
    }

    [Fact]
    public async Task Of_twenty_concurrent_first_writers_exactly_one_wins()
    {
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(async () =>
        {
            try
            {
                await Store.SetAsync(Write("app||race", Bytes($"writer-{i}"), concurrency: ConcurrencyMode.FirstWrite), default);
                return $"writer-{i}";
            }
            catch (ETagMismatchException)
            {
                return null;
            }
        })));

        var winner = Assert.Single(outcomes, o => o is not null);
        Assert.Equal(winner, Text((await Store.GetAsync("app||race", default))!.Value));
    }

    [Fact]
    public async Task Of_twenty_concurrent_writers_with_the_same_etag_exactly_one_wins()
    {
        await Store.SetAsync(Write("app||optimistic", Bytes("start")), default);
        var etag = (await Store.GetAsync("app||optimistic", default))!.ETag;

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(async () =>
        {
            try
            {
                await Store.SetAsync(Write("app||optimistic", Bytes($"writer-{i}"), etag), default);
                return $"writer-{i}";
            }
            catch (ETagMismatchException)
            {
                return null;
            }
        })));

        var winner = Assert.Single(outcomes, o => o is not null);
        Assert.Equal(winner, Text((await Store.GetAsync("app||optimistic", default))!.Value));
    }

    protected static StateWrite Write(string key, byte[] value, string? etag = null,
        ConcurrencyMode concurrency = ConcurrencyMode.LastWrite, TimeSpan? ttl = null) =>
        new(key, value, etag, concurrency, ttl);

    protected static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    protected static string Text(byte[] value) => Encoding.UTF8.GetString(value);

    protected static async Task<bool> EventuallyAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow + ExpiryWait;
        while (DateTime.UtcNow < deadline)
        {
            if (await condition()) return true;
            await Task.Delay(100);
        }

        return await condition();
    }
}
