using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Dapr;
using Dapr.Client;
using Grpc.Core;
using Moq;
using PurchasePlatform.TestSupport;

namespace PurchasePlatform.Catalog.Tests.Infrastructure;

/// <summary>The Dapr sidecar as the catalog sees it through DaprClient: a secret store and pub/sub that records what is published.</summary>
public sealed class FakeDapr
{
    private readonly Dictionary<string, string> secrets;

    public FakeDapr(Dictionary<string, string>? secrets = null)
    {
        this.secrets = secrets ?? [];
        Mock.Setup(dapr => dapr.WaitForSidecarAsync(It.IsAny<CancellationToken>())).Returns(Task.CompletedTask);
        Mock.Setup(dapr => dapr.GetSecretAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<IReadOnlyDictionary<string, string>>(),
                It.IsAny<CancellationToken>()))
            .Returns((string _, string secret, IReadOnlyDictionary<string, string> _, CancellationToken _) =>
                LocalSecrets.SecretOf(this.secrets, secret) is { Count: > 0 } values
                    ? Task.FromResult(values)
                    // What daprd answers for a key the store does not have.
                    : Task.FromException<Dictionary<string, string>>(new DaprException("secret not found",
                        new RpcException(new Status(StatusCode.Internal, "ERR_SECRET_GET")))));
        // The outbox publishes each message as object (the DaprClient serializes it by its runtime type).
        Mock.Setup(dapr => dapr.PublishEventAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<object>(),
                It.IsAny<Dictionary<string, string>>(), It.IsAny<CancellationToken>()))
            .Returns((string pubsub, string topic, object data, Dictionary<string, string> metadata, CancellationToken _) =>
            {
                if (FailPublishing)
                {
                    return Task.FromException(new DaprException("pub/sub unavailable"));
                }

                Published.Enqueue(new PublishedEvent(pubsub, topic, (JsonObject)data, metadata));
                return Task.CompletedTask;
            });
    }

    public Mock<DaprClient> Mock { get; } = new();

    public ConcurrentQueue<PublishedEvent> Published { get; } = new();

    public bool FailPublishing { get; set; }
}

public sealed record PublishedEvent(string PubSub, string Topic, JsonObject Data, Dictionary<string, string> Metadata);
