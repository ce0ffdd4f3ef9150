using Dapr.Client;
using Google.Rpc;
using Grpc.Core;
using Grpc.Net.Client;
using RawDaprClient = Dapr.Client.Autogen.Grpc.v1.Dapr.DaprClient;

namespace LocalDapr.Tests.Grpc;

/// <summary>A fresh <see cref="GrpcSidecarHost"/> per test, and the SDK's <see cref="DaprClient"/> pointed at it.</summary>
public abstract class GrpcSidecarTest : IAsyncLifetime
{
    private GrpcChannel? _channel;

    internal GrpcSidecarHost Host { get; private set; } = null!;

    protected DaprClient Client { get; private set; } = null!;

    /// <summary>The generated client, for what <see cref="DaprClient"/> does not expose (response metadata, call headers).</summary>
    protected RawDaprClient RawClient => new(_channel ??= GrpcChannel.ForAddress($"http://127.0.0.1:{Host.Port}"));

    protected virtual string? ApiToken => null;

    public async Task InitializeAsync()
    {
        Host = await StartHostAsync();
        Client = Host.CreateClient(ApiToken);
    }

    public virtual async Task DisposeAsync()
    {
        _channel?.Dispose();
        await Host.DisposeAsync();
    }

    internal virtual Task<GrpcSidecarHost> StartHostAsync() => GrpcSidecarHost.StartAsync(ApiToken);

    /// <summary>The gRPC status behind a failed <see cref="DaprClient"/> call.</summary>
    protected static async Task<RpcException> ThrowsRpcAsync(Func<Task> call)
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(call);
        return error as RpcException ?? Assert.IsType<RpcException>(error.InnerException);
    }

    /// <summary>The reason of the google.rpc.ErrorInfo daprd attaches to its errors.</summary>
    protected static string? ErrorReason(RpcException error)
    {
        var details = error.Trailers.Get("grpc-status-details-bin");
        if (details is null) return null;
        var status = Google.Rpc.Status.Parser.ParseFrom(details.ValueBytes);
        return status.Details.Where(d => d.Is(ErrorInfo.Descriptor)).Select(d => d.Unpack<ErrorInfo>().Reason).SingleOrDefault();
    }
}
