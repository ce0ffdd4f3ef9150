using System.Collections.Concurrent;
using Dapr.Client;
using Moq;

namespace PurchasePlatform.Orders.Tests.Infrastructure;

/// <summary>The Dapr client at its real boundary: the sidecar's secrets and pub/sub, with a switch to take pub/sub down.</summary>
public sealed class FakeDapr
{
    public FakeDapr()
    {
        Client.Setup(dapr => dapr.WaitForSidecarAsync(It.IsAny<CancellationToken>())).Returns(Task.CompletedTask);
        Client.Setup(dapr => dapr.GetSecretAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<IReadOnlyDictionary<string, string>>(),
                It.IsAny<CancellationToken>()))
            .ReturnsAsync((string _, string key, IReadOnlyDictionary<string, string> _, CancellationToken _) =>
                key switch
                {
                    "cart:snapshotSecret" => new Dictionary<string, string> { [key] = Snapshots.Secret },
                    "orders:connectionString" when PostgresConnectionString is { } postgres => new Dictionary<string, string> { [key] = postgres },
                    _ => new Dictionary<string, string>(),
                });
        Client.Setup(dapr => dapr.PublishEventAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<object>(), It.IsAny<Dictionary<string, string>>(),
                It.IsAny<CancellationToken>()))
            .Returns((string pubsub, string topic, object data, Dictionary<string, string> metadata, CancellationToken _) =>
            {
                if (PubSubDown)
                {
                    throw new Dapr.DaprException("pub/sub is down");
                }

                Published.Enqueue(new PublishedEvent(pubsub, topic, data.ToString() ?? "", metadata.GetValueOrDefault("cloudevent.id")));
                return Task.CompletedTask;
            });
    }

    public Mock<DaprClient> Client { get; } = new();

    /// <summary>Served as <c>orders:connectionString</c> when set before the app starts, so Orders uses PostgreSQL.</summary>
    public string? PostgresConnectionString { get; set; }

    public volatile bool PubSubDown;

    public ConcurrentQueue<PublishedEvent> Published { get; } = new();
}

public sealed record PublishedEvent(string PubSub, string Topic, string Json, string? CloudEventId);
