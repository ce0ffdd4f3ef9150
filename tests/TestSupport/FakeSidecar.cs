using System.Collections.Concurrent;
using System.Text.Json;
using Dapr.Client;
using Moq;

namespace PurchasePlatform.TestSupport;

/// <summary>A mocked <see cref="DaprClient"/> (the sidecar is a real boundary): a secret store and a record of what was published.</summary>
public sealed class FakeSidecar
{
    private readonly ConcurrentQueue<SidecarPublication> published = new();

    public FakeSidecar()
    {
        Mock.Setup(d => d.WaitForSidecarAsync(It.IsAny<CancellationToken>())).Returns(Task.CompletedTask);
        Mock.Setup(d => d.GetSecretAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<IReadOnlyDictionary<string, string>?>(),
                It.IsAny<CancellationToken>()))
            .Returns((string _, string key, IReadOnlyDictionary<string, string>? _, CancellationToken _) =>
                Task.FromResult(LocalSecrets.SecretOf(Secrets, key)));
        Mock.Setup(d => d.PublishEventAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<It.IsAnyType>(),
                It.IsAny<Dictionary<string, string>>(), It.IsAny<CancellationToken>()))
            .Returns(new InvocationFunc(invocation =>
            {
                var metadata = invocation.Arguments[3] as Dictionary<string, string> ?? [];
                var data = invocation.Arguments[2]!;
                published.Enqueue(new SidecarPublication((string)invocation.Arguments[1]!, metadata.GetValueOrDefault("cloudevent.id"),
                    JsonSerializer.SerializeToElement(data, data.GetType(), JsonSerializerOptions.Web)));
                return Task.CompletedTask;
            }));
    }

    public Mock<DaprClient> Mock { get; } = new();

    /// <summary>The secret store's content, keys as <c>secret:key</c>; empty by default (a service then uses its SQLite file).</summary>
    public ConcurrentDictionary<string, string> Secrets { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<SidecarPublication> Published => [.. published];
}

public sealed record SidecarPublication(string Topic, string? CloudEventId, JsonElement Data);
