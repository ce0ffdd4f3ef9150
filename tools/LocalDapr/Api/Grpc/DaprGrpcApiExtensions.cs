using Grpc.AspNetCore.Server.Model;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LocalDapr.Api.GrpcApi;

public static class DaprGrpcApiExtensions
{
    /// <summary>
    /// Registers the gRPC API. It needs a <see cref="Runtime.SidecarRegistry"/> singleton, and for InvokeService an
    /// <see cref="Runtime.InvocationForwarder"/>; the Kestrel endpoints of the sidecar gRPC ports must speak HTTP/2.
    /// </summary>
    public static IServiceCollection AddDaprGrpcApi(this IServiceCollection services)
    {
        services.AddGrpc();
        services.TryAddSingleton<DaprGrpcService>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IServiceMethodProvider<DaprGrpcService>, DaprGrpcMethodProvider>());
        return services;
    }

    public static IEndpointRouteBuilder MapDaprGrpcApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGrpcService<DaprGrpcService>();
        return endpoints;
    }
}
