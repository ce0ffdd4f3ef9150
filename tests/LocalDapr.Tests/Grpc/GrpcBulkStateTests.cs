using Dapr.Client;
using Grpc.Core;

namespace LocalDapr.Tests.Grpc;

public sealed class GrpcBulkStateTests : GrpcSidecarTest
{
    private const string Store = GrpcSidecarHost.StateStore;

    [Fact]
    public async Task Bulk_get_answers_every_key_in_request_order_with_missing_ones_empty()
    {
        await Client.SaveStateAsync(Store, "a", "alpha");
        await Client.SaveStateAsync(Store, "c", "gamma");

        var items = await Client.GetBulkStateAsync<string>(Store, ["c", "b", "a"], parallelism: 2);

        Assert.Equal(["c", "b", "a"], items.Select(i => i.Key));
        Assert.Equal(["gamma", null, "alpha"], items.Select(i => i.Value));
        Assert.NotEqual("", items[0].ETag);
        Assert.Equal("", items[1].ETag);
    }

    [Fact]
    public async Task Bulk_delete_removes_every_listed_key()
    {
        await Client.SaveStateAsync(Store, "a", "alpha");
        await Client.SaveStateAsync(Store, "b", "beta");
        await Client.SaveStateAsync(Store, "keep", "kept");

        await Client.DeleteBulkStateAsync(Store, [new BulkDeleteStateItem("a", etag: null!), new BulkDeleteStateItem("b", etag: null!)]);

        var items = await Client.GetBulkStateAsync<string>(Store, ["a", "b", "keep"], parallelism: null);
        Assert.Equal([null, null, "kept"], items.Select(i => i.Value));
    }

    [Fact]
    public async Task A_transaction_applies_upserts_and_deletes_together()
    {
        await Client.SaveStateAsync(Store, "old", "gone soon");

        await Client.ExecuteStateTransactionAsync(Store,
        [
            new StateTransactionRequest("new", "\"fresh\""u8.ToArray(), StateOperationType.Upsert),
            new StateTransactionRequest("old", null, StateOperationType.Delete),
        ]);

        Assert.Equal("fresh", await Client.GetStateAsync<string>(Store, "new"));
        Assert.Null(await Client.GetStateAsync<string>(Store, "old"));
    }

    [Fact]
    public async Task A_transaction_with_one_stale_etag_applies_nothing()
    {
        await Client.SaveStateAsync(Store, "balance", "10");

        var error = await ThrowsRpcAsync(() => Client.ExecuteStateTransactionAsync(Store,
        [
            new StateTransactionRequest("audit", "\"debited\""u8.ToArray(), StateOperationType.Upsert),
            new StateTransactionRequest("balance", "\"0\""u8.ToArray(), StateOperationType.Upsert, etag: "stale"),
        ]));

        Assert.Equal(StatusCode.Internal, error.StatusCode);
        Assert.Equal("ERR_STATE_TRANSACTION", ErrorReason(error));
        Assert.Null(await Client.GetStateAsync<string>(Store, "audit"));
        Assert.Equal("10", await Client.GetStateAsync<string>(Store, "balance"));
    }

    [Fact]
    public async Task A_transaction_operation_other_than_upsert_or_delete_is_unimplemented()
    {
        var request = new Dapr.Client.Autogen.Grpc.v1.ExecuteStateTransactionRequest { StoreName = Store };
        request.Operations.Add(new Dapr.Client.Autogen.Grpc.v1.TransactionalStateOperation
        {
            OperationType = "merge",
            Request = new Dapr.Client.Autogen.Grpc.v1.StateItem { Key = "k" },
        });

        var error = await ThrowsRpcAsync(async () => await RawClient.ExecuteStateTransactionAsync(request));

        Assert.Equal(StatusCode.Unimplemented, error.StatusCode);
        Assert.Contains("merge", error.Status.Detail);
    }
}
