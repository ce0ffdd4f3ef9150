using Dapr.Client;
using Grpc.Core;

namespace LocalDapr.Tests.Grpc;

public sealed class GrpcStateTests : GrpcSidecarTest
{
    private const string Store = GrpcSidecarHost.StateStore;

    private sealed record Cart(string Customer, int Items);

    [Fact]
    public async Task A_saved_value_reads_back()
    {
        await Client.SaveStateAsync(Store, "cart-1", new Cart("ada", 3));

        Assert.Equal(new Cart("ada", 3), await Client.GetStateAsync<Cart>(Store, "cart-1"));
    }

    [Fact]
    public async Task Values_are_stored_as_the_callers_bytes()
    {
        byte[] bytes = [0, 1, 2, 255, 254];
        await Client.SaveByteStateAsync(Store, "blob", bytes);

        Assert.Equal(bytes, (await Client.GetByteStateAsync(Store, "blob")).ToArray());
    }

    [Fact]
    public async Task A_missing_key_reads_as_nothing_rather_than_an_error()
    {
        Assert.Null(await Client.GetStateAsync<Cart>(Store, "never-saved"));
        var (value, etag) = await Client.GetStateAndETagAsync<Cart>(Store, "never-saved");
        Assert.Null(value);
        Assert.Equal("", etag);
    }

    [Fact]
    public async Task A_save_with_a_stale_etag_is_refused_and_the_current_etag_wins()
    {
        await Client.SaveStateAsync(Store, "cart-2", new Cart("ada", 1));
        var (_, staleEtag) = await Client.GetStateAndETagAsync<Cart>(Store, "cart-2");
        await Client.SaveStateAsync(Store, "cart-2", new Cart("ada", 2));
        var (_, currentEtag) = await Client.GetStateAndETagAsync<Cart>(Store, "cart-2");

        Assert.False(await Client.TrySaveStateAsync(Store, "cart-2", new Cart("ada", 99), staleEtag));
        Assert.Equal(new Cart("ada", 2), await Client.GetStateAsync<Cart>(Store, "cart-2"));
        Assert.True(await Client.TrySaveStateAsync(Store, "cart-2", new Cart("ada", 3), currentEtag));
        Assert.Equal(new Cart("ada", 3), await Client.GetStateAsync<Cart>(Store, "cart-2"));
    }

    [Fact]
    public async Task A_mismatched_etag_answers_aborted_with_the_dapr_error_code()
    {
        await Client.SaveStateAsync(Store, "cart-3", new Cart("ada", 1));
        var request = new Dapr.Client.Autogen.Grpc.v1.SaveStateRequest { StoreName = Store };
        request.States.Add(new Dapr.Client.Autogen.Grpc.v1.StateItem
        {
            Key = "cart-3",
            Value = Google.Protobuf.ByteString.CopyFromUtf8("{}"),
            Etag = new Dapr.Client.Autogen.Grpc.v1.Etag { Value = "not-the-etag" },
        });

        var error = await ThrowsRpcAsync(async () => await RawClient.SaveStateAsync(request));

        Assert.Equal(StatusCode.Aborted, error.StatusCode);
        Assert.Equal("ERR_STATE_SAVE", ErrorReason(error));
    }

    [Fact]
    public async Task Delete_removes_the_key_and_try_delete_honours_the_etag()
    {
        await Client.SaveStateAsync(Store, "cart-4", new Cart("ada", 1));
        var (_, staleEtag) = await Client.GetStateAndETagAsync<Cart>(Store, "cart-4");
        await Client.SaveStateAsync(Store, "cart-4", new Cart("ada", 2));
        var (_, currentEtag) = await Client.GetStateAndETagAsync<Cart>(Store, "cart-4");

        Assert.False(await Client.TryDeleteStateAsync(Store, "cart-4", staleEtag));
        Assert.NotNull(await Client.GetStateAsync<Cart>(Store, "cart-4"));
        Assert.True(await Client.TryDeleteStateAsync(Store, "cart-4", currentEtag));
        Assert.Null(await Client.GetStateAsync<Cart>(Store, "cart-4"));

        await Client.SaveStateAsync(Store, "cart-5", new Cart("bob", 1));
        await Client.DeleteStateAsync(Store, "cart-5");
        Assert.Null(await Client.GetStateAsync<Cart>(Store, "cart-5"));
    }

    [Fact]
    public async Task First_write_concurrency_accepts_a_new_key_and_refuses_an_overwrite_without_etag()
    {
        var firstWrite = new StateOptions { Concurrency = ConcurrencyMode.FirstWrite };
        await Client.SaveStateAsync(Store, "order-1", new Cart("ada", 1), firstWrite);

        var error = await ThrowsRpcAsync(() => Client.SaveStateAsync(Store, "order-1", new Cart("bob", 2), firstWrite));

        Assert.Equal(StatusCode.Aborted, error.StatusCode);
        Assert.Equal(new Cart("ada", 1), await Client.GetStateAsync<Cart>(Store, "order-1"));
        await Client.SaveStateAsync(Store, "order-1", new Cart("bob", 2), new StateOptions { Concurrency = ConcurrencyMode.LastWrite });
        Assert.Equal(new Cart("bob", 2), await Client.GetStateAsync<Cart>(Store, "order-1"));
    }

    [Fact]
    public async Task Ttl_metadata_makes_reads_report_the_expiry_time()
    {
        await Client.SaveStateAsync(Store, "session", new Cart("ada", 1), metadata: new Dictionary<string, string> { ["ttlInSeconds"] = "600" });
        await Client.SaveStateAsync(Store, "forever", new Cart("ada", 1));

        var withTtl = await RawClient.GetStateAsync(new() { StoreName = Store, Key = "session" });
        var withoutTtl = await RawClient.GetStateAsync(new() { StoreName = Store, Key = "forever" });

        var expires = DateTimeOffset.Parse(withTtl.Metadata["ttlExpireTime"], System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(expires, DateTimeOffset.UtcNow.AddMinutes(5), DateTimeOffset.UtcNow.AddMinutes(11));
        Assert.False(withoutTtl.Metadata.ContainsKey("ttlExpireTime"));
    }

    [Fact]
    public async Task An_unknown_store_answers_invalid_argument_with_the_dapr_error_code()
    {
        var error = await ThrowsRpcAsync(() => Client.GetStateAsync<Cart>("no-such-store", "k"));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal("ERR_STATE_STORE_NOT_FOUND", ErrorReason(error));
        Assert.Contains("no-such-store", error.Status.Detail);
    }
}
