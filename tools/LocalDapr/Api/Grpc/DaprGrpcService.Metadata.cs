using Dapr.Client.Autogen.Grpc.v1;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using LocalDapr.Runtime;

namespace LocalDapr.Api.GrpcApi;

/// <summary>The metadata and shutdown RPCs (daprd pkg/api/universal/metadata.go, shutdown.go).</summary>
public sealed partial class DaprGrpcService
{
    internal Task<GetMetadataResponse> GetMetadataAsync(AppSidecar sidecar, GetMetadataRequest request, ServerCallContext context)
    {
        var response = new GetMetadataResponse
        {
            Id = sidecar.AppId,
            RuntimeVersion = SidecarMetadata.RuntimeVersion,
            AppConnectionProperties = new AppConnectionProperties
            {
                Port = sidecar.App.AppPort ?? 0,
                Protocol = sidecar.App.AppProtocol,
                ChannelAddress = "127.0.0.1",
                Health = new AppConnectionHealthProperties { HealthCheckPath = sidecar.App.AppHealthCheckPath ?? "/healthz" },
            },
        };
        response.ExtendedMetadata.AddAll(SidecarMetadata.Extended(sidecar));
        foreach (var component in sidecar.Components.All)
        {
            response.RegisteredComponents.Add(new RegisteredComponents
            {
                Name = component.Name,
                Type = component.Type,
                Version = component.Version,
                Capabilities = { SidecarMetadata.Capabilities(component.Type) },
            });
        }

        foreach (var subscription in sidecar.Subscriptions) response.Subscriptions.Add(ToProto(subscription));
        return Task.FromResult(response);
    }

    internal Task<Empty> SetMetadataAsync(AppSidecar sidecar, SetMetadataRequest request, ServerCallContext context)
    {
        if (request.Key.Length > 0) sidecar.ExtendedMetadata[request.Key] = request.Value;
        return Task.FromResult(new Empty());
    }

    /// <summary>Like daprd, answers at once and shuts down afterwards: LocalDapr stops as a whole, as on <c>POST /v1.0/shutdown</c>.</summary>
    internal Task<Empty> ShutdownAsync(AppSidecar sidecar, ShutdownRequest request, ServerCallContext context)
    {
        logger.LogInformation("{AppId}: shutdown requested via the gRPC API", sidecar.AppId);
        lifetime.StopApplication();
        return Task.FromResult(new Empty());
    }

    private static PubsubSubscription ToProto(Runtime.Delivery.ActiveSubscription subscription)
    {
        var rules = new PubsubSubscriptionRules();
        foreach (var rule in subscription.Routes.Rules) rules.Rules.Add(new PubsubSubscriptionRule { Match = rule.Match, Path = rule.Path });
        rules.Rules.Add(new PubsubSubscriptionRule { Path = subscription.Routes.Default ?? "" });

        var proto = new PubsubSubscription
        {
            PubsubName = subscription.PubSubName,
            Topic = subscription.Topic,
            DeadLetterTopic = subscription.DeadLetterTopic ?? "",
            Rules = rules,
            Type = subscription.Declarative ? PubsubSubscriptionType.Declarative : PubsubSubscriptionType.Programmatic,
        };
        proto.Metadata.AddAll(subscription.Metadata);
        return proto;
    }
}
