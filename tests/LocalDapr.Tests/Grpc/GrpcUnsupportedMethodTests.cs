using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Grpc.Net.Client;

namespace LocalDapr.Tests.Grpc;

public sealed class GrpcUnsupportedMethodTests : GrpcSidecarTest
{
    [Fact]
    public async Task An_rpc_of_the_dapr_service_that_LocalDapr_lacks_answers_unimplemented_naming_it()
    {
        var error = await ThrowsRpcAsync(() => Client.InvokeBindingAsync("smtp", "create", "hello"));

        Assert.Equal(StatusCode.Unimplemented, error.StatusCode);
        Assert.Contains("InvokeBinding", error.Status.Detail);
        Assert.Contains("LocalDapr", error.Status.Detail);
    }

    [Fact]
    public async Task A_streaming_rpc_LocalDapr_lacks_answers_unimplemented_instead_of_hanging()
    {
        using var call = RawClient.SubscribeConfiguration(new() { StoreName = "config" }, deadline: DateTime.UtcNow.AddSeconds(20));

        var error = await Assert.ThrowsAsync<RpcException>(() => call.ResponseStream.MoveNext());

        Assert.Equal(StatusCode.Unimplemented, error.StatusCode);
        Assert.Contains("SubscribeConfiguration", error.Status.Detail);
    }

    [Fact]
    public async Task A_method_unknown_to_this_proto_version_answers_unimplemented()
    {
        using var channel = GrpcChannel.ForAddress($"http://127.0.0.1:{Host.Port}");
        var marshaller = Marshallers.Create(m => m.ToByteArray(), Empty.Parser.ParseFrom);
        var method = new Method<Empty, Empty>(MethodType.Unary, "dapr.proto.runtime.v1.Dapr", "FutureFeatureAlpha9", marshaller, marshaller);

        var error = await Assert.ThrowsAsync<RpcException>(async () =>
            await channel.CreateCallInvoker().AsyncUnaryCall(method, null, new CallOptions(deadline: DateTime.UtcNow.AddSeconds(20)), new Empty()));

        Assert.Equal(StatusCode.Unimplemented, error.StatusCode);
    }
}
