using Grpc.Core;
using LocalDapr.Runtime;

namespace LocalDapr.Api.GrpcApi;

/// <summary>
/// daprd's gRPC API (<c>dapr.proto.runtime.v1.Dapr</c>) for every app of the run: the calling app is the one whose
/// sidecar gRPC port the call arrived on. Bound by <see cref="DaprGrpcMethodProvider"/>; each RPC lives in the
/// partial file of its building block.
/// </summary>
public sealed partial class DaprGrpcService(SidecarRegistry registry, IHostApplicationLifetime lifetime, ILogger<DaprGrpcService> logger)
{
    public const string ApiTokenHeader = "dapr-api-token";

    /// <summary>Runs one RPC for the calling app: its sidecar, the API token check, and daprd's error statuses.</summary>
    internal async Task<TResponse> CallAsync<TRequest, TResponse>(TRequest request, ServerCallContext context,
        Func<DaprGrpcService, AppSidecar, TRequest, ServerCallContext, Task<TResponse>> handler)
    {
        var sidecar = Authenticate(context);
        try
        {
            return await handler(this, sidecar, request, context);
        }
        catch (DaprApiException error)
        {
            logger.LogDebug("{AppId}: gRPC {Method} failed: {Code} {Message}", sidecar.AppId, context.Method, error.ErrorCode, error.Message);
            throw error.ToRpcException();
        }
    }

    /// <summary>The answer to an RPC of the Dapr service that LocalDapr does not implement.</summary>
    internal Exception Unsupported(string rpc, ServerCallContext context)
    {
        Authenticate(context);
        return DaprErrors.NotSupported($"the gRPC method {DaprGrpcMethodProvider.ServiceName}/{rpc}").ToRpcException();
    }

    private AppSidecar Authenticate(ServerCallContext context)
    {
        var port = context.GetHttpContext().Connection.LocalPort;
        var sidecar = registry.ByLocalPort(port)
            ?? throw new RpcException(new Status(StatusCode.Unavailable, $"no LocalDapr sidecar listens on port {port}"));
        if (sidecar.ApiToken is null) return sidecar;

        var token = context.RequestHeaders.GetValue(ApiTokenHeader);
        if (token is null) throw GrpcErrors.Unauthenticated("missing api token in request metadata");
        if (!string.Equals(token, sidecar.ApiToken, StringComparison.Ordinal)) throw GrpcErrors.Unauthenticated("authentication error: api token mismatch");
        return sidecar;
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
