using Dapr.Client.Autogen.Grpc.v1;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Google.Protobuf.WellKnownTypes;
using Grpc.AspNetCore.Server.Model;
using Grpc.Core;
using LocalDapr.Runtime;
using DaprServiceDescriptor = Dapr.Client.Autogen.Grpc.v1.Dapr;

namespace LocalDapr.Api.GrpcApi;

/// <summary>
/// Binds <c>dapr.proto.runtime.v1.Dapr</c> without generated server code (Dapr.Protos ships only messages and the
/// client): the RPCs LocalDapr implements, and every other method of the service descriptor answering
/// <c>Unimplemented</c> with a message that names it.
/// </summary>
internal sealed class DaprGrpcMethodProvider : IServiceMethodProvider<DaprGrpcService>
{
    public const string ServiceName = "dapr.proto.runtime.v1.Dapr";

    private delegate Task<TResponse> Handler<in TRequest, TResponse>(DaprGrpcService service, AppSidecar sidecar, TRequest request, ServerCallContext context);

    public void OnServiceMethodDiscovery(ServiceMethodProviderContext<DaprGrpcService> context)
    {
        var bound = new HashSet<string>(StringComparer.Ordinal);

        void Unary<TRequest, TResponse>(string name, Handler<TRequest, TResponse> handler)
            where TRequest : class, IMessage<TRequest>, new()
            where TResponse : class, IMessage<TResponse>, new()
        {
            var method = new Method<TRequest, TResponse>(MethodType.Unary, ServiceName, name, Marshaller<TRequest>(), Marshaller<TResponse>());
            context.AddUnaryMethod(method, [], (service, request, call) => service.CallAsync(request, call, handler.Invoke));
            bound.Add(name);
        }

        Unary<GetStateRequest, GetStateResponse>("GetState", (s, sidecar, r, c) => s.GetStateAsync(sidecar, r, c));
        Unary<GetBulkStateRequest, GetBulkStateResponse>("GetBulkState", (s, sidecar, r, c) => s.GetBulkStateAsync(sidecar, r, c));
        Unary<SaveStateRequest, Empty>("SaveState", (s, sidecar, r, c) => s.SaveStateAsync(sidecar, r, c));
        Unary<DeleteStateRequest, Empty>("DeleteState", (s, sidecar, r, c) => s.DeleteStateAsync(sidecar, r, c));
        Unary<DeleteBulkStateRequest, Empty>("DeleteBulkState", (s, sidecar, r, c) => s.DeleteBulkStateAsync(sidecar, r, c));
        Unary<ExecuteStateTransactionRequest, Empty>("ExecuteStateTransaction", (s, sidecar, r, c) => s.ExecuteStateTransactionAsync(sidecar, r, c));
        Unary<PublishEventRequest, Empty>("PublishEvent", (s, sidecar, r, c) => s.PublishEventAsync(sidecar, r, c));
        Unary<BulkPublishRequest, BulkPublishResponse>("BulkPublishEvent", (s, sidecar, r, c) => s.BulkPublishEventAsync(sidecar, r, c));
        Unary<BulkPublishRequest, BulkPublishResponse>("BulkPublishEventAlpha1", (s, sidecar, r, c) => s.BulkPublishEventAsync(sidecar, r, c));
        Unary<GetSecretRequest, GetSecretResponse>("GetSecret", (s, sidecar, r, c) => s.GetSecretAsync(sidecar, r, c));
        Unary<GetBulkSecretRequest, GetBulkSecretResponse>("GetBulkSecret", (s, sidecar, r, c) => s.GetBulkSecretAsync(sidecar, r, c));
        Unary<GetMetadataRequest, GetMetadataResponse>("GetMetadata", (s, sidecar, r, c) => s.GetMetadataAsync(sidecar, r, c));
        Unary<SetMetadataRequest, Empty>("SetMetadata", (s, sidecar, r, c) => s.SetMetadataAsync(sidecar, r, c));
        Unary<ShutdownRequest, Empty>("Shutdown", (s, sidecar, r, c) => s.ShutdownAsync(sidecar, r, c));
        Unary<InvokeServiceRequest, InvokeResponse>("InvokeService", (s, sidecar, r, c) => s.InvokeServiceAsync(sidecar, r, c));

        foreach (var method in DaprServiceDescriptor.Descriptor.Methods.Where(m => !bound.Contains(m.Name)))
            BindUnsupported(context, method);
    }

    private static void BindUnsupported(ServiceMethodProviderContext<DaprGrpcService> context, MethodDescriptor descriptor)
    {
        var name = descriptor.Name;
        var type = (descriptor.IsClientStreaming, descriptor.IsServerStreaming) switch
        {
            (false, false) => MethodType.Unary,
            (false, true) => MethodType.ServerStreaming,
            (true, false) => MethodType.ClientStreaming,
            (true, true) => MethodType.DuplexStreaming,
        };
        var method = new Method<IMessage, IMessage>(type, ServiceName, name,
            Marshaller(descriptor.InputType.Parser), Marshaller(descriptor.OutputType.Parser));
        switch (type)
        {
            case MethodType.Unary:
                context.AddUnaryMethod(method, [], (service, _, call) => Task.FromException<IMessage>(service.Unsupported(name, call)));
                break;
            case MethodType.ServerStreaming:
                context.AddServerStreamingMethod(method, [], (service, _, _, call) => Task.FromException(service.Unsupported(name, call)));
                break;
            case MethodType.ClientStreaming:
                context.AddClientStreamingMethod(method, [], (service, _, call) => Task.FromException<IMessage>(service.Unsupported(name, call)));
                break;
            default:
                context.AddDuplexStreamingMethod(method, [], (service, _, _, call) => Task.FromException(service.Unsupported(name, call)));
                break;
        }
    }

    private static Marshaller<T> Marshaller<T>() where T : class, IMessage<T>, new()
    {
        var parser = new MessageParser<T>(() => new T());
        return Marshallers.Create(message => message.ToByteArray(), parser.ParseFrom);
    }

    private static Marshaller<IMessage> Marshaller(MessageParser parser) =>
        Marshallers.Create(message => message.ToByteArray(), parser.ParseFrom);
}
