using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using Dapr.Client;
using Moq;

namespace PurchasePlatform.Inventory.Tests.Fakes;

/// <summary>
/// A mocked <see cref="DaprClient"/> (the sidecar is a real boundary) with an in-memory state store and a record
/// of what was published. <see cref="FailPublishes"/> makes that many next publishes of <see cref="FailTopic"/> throw.
/// </summary>
internal sealed class FakeDapr
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly ConcurrentDictionary<string, string> state = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<PublishedEvent> published = new();
    private readonly Lock gate = new();
    private int failPublishes;
    private (string Key, int Waiting, TaskCompletionSource Open)? readGate;

    public FakeDapr()
    {
        Mock.Setup(d => d.PublishEventAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<It.IsAnyType>(), It.IsAny<CancellationToken>()))
            .Returns(new InvocationFunc(invocation => Publish((string)invocation.Arguments[0]!, (string)invocation.Arguments[1]!, invocation.Arguments[2])));
        Mock.Setup(d => d.SaveStateAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<It.IsAnyType>(), It.IsAny<StateOptions?>(),
                It.IsAny<IReadOnlyDictionary<string, string>?>(), It.IsAny<CancellationToken>()))
            .Returns(new InvocationFunc(invocation =>
            {
                state[$"{invocation.Arguments[0]}||{invocation.Arguments[1]}"] = JsonSerializer.Serialize(invocation.Arguments[2], Json);
                return Task.CompletedTask;
            }));
        Mock.Setup(d => d.TrySaveStateAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<It.IsAnyType>(), It.IsAny<string>(),
                It.IsAny<StateOptions?>(), It.IsAny<IReadOnlyDictionary<string, string>?>(), It.IsAny<CancellationToken>()))
            .Returns(new InvocationFunc(invocation =>
            {
                var key = $"{invocation.Arguments[0]}||{invocation.Arguments[1]}";
                var json = JsonSerializer.Serialize(invocation.Arguments[2], Json);
                var options = (StateOptions?)invocation.Arguments[4];
                if (options?.Concurrency != ConcurrencyMode.FirstWrite || !string.IsNullOrEmpty((string?)invocation.Arguments[3]))
                {
                    throw new NotSupportedException("FakeDapr only does first-write creation without an ETag");
                }

                // The store's rule for first-write without an ETag: refused when the key exists.
                return Task.FromResult(state.TryAdd(key, json));
            }));
        Mock.Setup(d => d.GetStateAsync<It.IsAnyType>(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<ConsistencyMode?>(),
                It.IsAny<IReadOnlyDictionary<string, string>?>(), It.IsAny<CancellationToken>()))
            .Returns(new InvocationFunc(invocation =>
            {
                var type = invocation.Method.GetGenericArguments()[0];
                var key = $"{invocation.Arguments[0]}||{invocation.Arguments[1]}";
                var value = state.TryGetValue(key, out var json)
                    ? JsonSerializer.Deserialize(json, type, Json)
                    : null;
                var gate = ReadGateFor(key);
                return gate is null
                    ? typeof(Task).GetMethod(nameof(Task.FromResult))!.MakeGenericMethod(type).Invoke(null, [value])!
                    : typeof(FakeDapr).GetMethod(nameof(AnswerWhenOpen), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(type)
                        .Invoke(null, [gate, value])!;
            }));
    }

    public Mock<DaprClient> Mock { get; } = new();

    public DaprClient Client => Mock.Object;

    public string? FailTopic { get; set; }

    public int FailPublishes
    {
        get { lock (gate) { return failPublishes; } }
        set { lock (gate) { failPublishes = value; } }
    }

    /// <summary>
    /// The next <paramref name="readers"/> reads of state <paramref name="key"/> each read the store at once but
    /// answer only when all of them have read: every one of them sees the state from before any of them wrote.
    /// </summary>
    public void HoldReadsUntilAllRead(string key, int readers)
    {
        lock (gate)
        {
            readGate = ($"statestore||{key}", readers, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        }
    }

    public IReadOnlyList<PublishedEvent> Published => [.. published];

    public IEnumerable<JsonElement> DataOn(string topic) => Published.Where(e => e.Topic == topic).Select(e => e.Data);

    public T? Stored<T>(string key) where T : class =>
        state.TryGetValue($"statestore||{key}", out var json) ? JsonSerializer.Deserialize<T>(json, Json) : null;

    private Task? ReadGateFor(string key)
    {
        lock (gate)
        {
            if (readGate is not { } held || held.Key != key)
            {
                return null;
            }

            var waiting = held.Waiting - 1;
            readGate = waiting == 0 ? null : held with { Waiting = waiting };
            if (waiting == 0)
            {
                held.Open.SetResult();
            }

            return held.Open.Task;
        }
    }

    private static async Task<T?> AnswerWhenOpen<T>(Task open, object? value)
    {
        await open;
        return (T?)value;
    }

    private Task Publish(string pubsub, string topic, object? data)
    {
        lock (gate)
        {
            if (failPublishes > 0 && (FailTopic is null || FailTopic == topic))
            {
                failPublishes--;
                throw new HttpRequestException("pub/sub unavailable");
            }
        }

        published.Enqueue(new PublishedEvent(pubsub, topic, JsonSerializer.SerializeToElement(data, data?.GetType() ?? typeof(object), Json)));
        return Task.CompletedTask;
    }
}

internal sealed record PublishedEvent(string PubSub, string Topic, JsonElement Data);
