using Dapr.Client.Autogen.Grpc.v1;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using LocalDapr.Runtime;
using LocalDapr.State;

namespace LocalDapr.Api.GrpcApi;

/// <summary>The state RPCs, with daprd's semantics (pkg/api/grpc/grpc.go).</summary>
public sealed partial class DaprGrpcService
{
    /// <summary>components-contrib's bulk-get parallelism when the request gives none.</summary>
    private const int DefaultBulkGetParallelism = 100;

    internal async Task<GetStateResponse> GetStateAsync(AppSidecar sidecar, GetStateRequest request, ServerCallContext context)
    {
        var state = await sidecar.State.GetAsync(request.StoreName, request.Key, context.CancellationToken);
        var response = new GetStateResponse();
        if (state is null) return response;

        response.Data = ByteString.CopyFrom(state.Value);
        response.Etag = state.ETag;
        response.Metadata.AddAll(StateApi.ResponseMetadata(state));
        return response;
    }

    internal async Task<GetBulkStateResponse> GetBulkStateAsync(AppSidecar sidecar, GetBulkStateRequest request, ServerCallContext context)
    {
        var parallelism = request.Parallelism > 0 ? request.Parallelism : DefaultBulkGetParallelism;
        var items = await sidecar.State.GetBulkAsync(request.StoreName, request.Keys, parallelism, context.CancellationToken);
        var response = new GetBulkStateResponse();
        foreach (var item in items)
        {
            var bulkItem = new BulkStateItem { Key = item.Key, Error = item.Error ?? "" };
            if (item.State is { } state)
            {
                bulkItem.Data = ByteString.CopyFrom(state.Value);
                bulkItem.Etag = state.ETag;
                bulkItem.Metadata.AddAll(StateApi.ResponseMetadata(state));
            }

            response.Items.Add(bulkItem);
        }

        return response;
    }

    internal async Task<Empty> SaveStateAsync(AppSidecar sidecar, SaveStateRequest request, ServerCallContext context)
    {
        await sidecar.State.SaveAsync(request.StoreName, request.States.Select(ToSaveItem).ToList(), context.CancellationToken);
        return new Empty();
    }

    internal async Task<Empty> DeleteStateAsync(AppSidecar sidecar, DeleteStateRequest request, ServerCallContext context)
    {
        await sidecar.State.DeleteAsync(request.StoreName, request.Key, request.Etag?.Value, Concurrency(request.Options), context.CancellationToken);
        return new Empty();
    }

    internal async Task<Empty> DeleteBulkStateAsync(AppSidecar sidecar, DeleteBulkStateRequest request, ServerCallContext context)
    {
        foreach (var item in request.States)
            await sidecar.State.DeleteAsync(request.StoreName, item.Key, item.Etag?.Value, Concurrency(item.Options), context.CancellationToken);
        return new Empty();
    }

    internal async Task<Empty> ExecuteStateTransactionAsync(AppSidecar sidecar, ExecuteStateTransactionRequest request, ServerCallContext context)
    {
        var operations = request.Operations.Select(operation => operation.OperationType switch
        {
            "upsert" => new StateApi.TransactionItem(true, ToSaveItem(operation.Request ?? new StateItem())),
            "delete" => new StateApi.TransactionItem(false, ToSaveItem(operation.Request ?? new StateItem())),
            var other => throw DaprErrors.StateOperationNotSupported(other),
        }).ToList();
        await sidecar.State.ExecuteTransactionAsync(request.StoreName, operations, context.CancellationToken);
        return new Empty();
    }

    private static StateApi.SaveItem ToSaveItem(StateItem item) =>
        new(item.Key, item.Value.ToByteArray(), item.Etag?.Value, Concurrency(item.Options), item.Metadata);

    private static ConcurrencyMode Concurrency(StateOptions? options) =>
        options?.Concurrency == StateOptions.Types.StateConcurrency.ConcurrencyFirstWrite ? ConcurrencyMode.FirstWrite : ConcurrencyMode.LastWrite;
}
