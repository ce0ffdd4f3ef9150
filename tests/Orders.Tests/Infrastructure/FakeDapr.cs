using System.Collections.Concurrent;
using Dapr.Client;
using Moq;
using PurchasePlatform.TestSupport;

namespace PurchasePlatform.Orders.Tests.Infrastructure;

/// <summary>The Dapr client at its real boundary: the sidecar's secrets and pub/sub, with a switch to take pub/sub down.</summary>
public sealed class FakeDapr
{
    public FakeDapr()
    {
        Client.Setup(dapr => dapr.WaitForSidecarAsync(It.IsAny<CancellationToken>())).Returns(Task.CompletedTask);
        Client.Setup(dapr => dapr.GetSecretAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<IReadOnlyDictionary<string, string>>(),
                It.IsAny<CancellationToken>()))
            .ReturnsAsync((string _, string secret, IReadOnlyDictionary<string, string> _, CancellationToken _) =>
                LocalSecrets.SecretOf(Secrets(), secret));
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

    private Dictionary<string, string> Secrets()
    {
        var secrets = new Dictionary<string, string> { ["cart:snapshotSecret"] = Snapshots.Secret };
        if (PostgresConnectionString is { } postgres)
        {
            secrets["orders:connectionString"] = postgres;
        }

        return secrets;
    }

    /// <summary>Served as <c>orders:connectionString</c> when set before the app starts, so Orders uses PostgreSQL.</summary>
    public string? PostgresConnectionString { get; set; }

    public volatile bool PubSubDown;

    public ConcurrentQueue<PublishedEvent> Published { get; } = new();
}

public sealed record PublishedEvent(string PubSub, string Topic, string Json, string? CloudEventId);
