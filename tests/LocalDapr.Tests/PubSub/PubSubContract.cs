using LocalDapr.Components;
using LocalDapr.PubSub;
using static LocalDapr.Tests.PubSub.PubSubMessages;

namespace LocalDapr.Tests.PubSub;

/// <summary>The behaviour every pub/sub component shares; each component's test class derives from this.</summary>
public abstract class PubSubContract : IAsyncLifetime
{
    private readonly List<IPubSub> _created = [];

    protected IPubSub PubSub { get; private set; } = null!;

    /// <summary>The metadata a working component of this type needs.</summary>
    protected abstract Dictionary<string, string> RequiredMetadata();

    /// <summary>Settings that let two handlers of one group each hold a message at the same time.</summary>
    protected abstract Dictionary<string, string> TwoMessagesInFlightMetadata();

    protected abstract IPubSub Create(ComponentSpec spec);

    protected IPubSub CreateWith(Dictionary<string, string> extraMetadata)
    {
        var metadata = RequiredMetadata();
        foreach (var (key, value) in extraMetadata) metadata[key] = value;
        var pubSub = Create(new ComponentSpec("pubsub", "pubsub.test", "v1", metadata, [], "/resources/pubsub.yaml"));
        _created.Add(pubSub);
        return pubSub;
    }

    public virtual Task InitializeAsync()
    {
        PubSub = CreateWith([]);
        return Task.CompletedTask;
    }

    public virtual async Task DisposeAsync()
    {
        foreach (var pubSub in _created) await pubSub.DisposeAsync();
    }

    [Fact]
    public async Task A_message_arrives_with_its_bytes_content_type_and_metadata_intact()
    {
        var topic = NewTopic();
        var received = new DeliveryLog();
        await PubSub.SubscribeAsync(new PubSubSubscription(topic, "checkout"), received.Answering(), default);
        var data = Enumerable.Range(0, 256).Select(i => (byte)i).Concat(new byte[] { 0xC3, 0x28, 0xFF, 0x00 }).ToArray();
        var metadata = new Dictionary<string, string> { ["traceparent"] = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01", ["note"] = "Größe \"quoted\"" };

        await PubSub.PublishAsync(new PubSubMessage(topic, data, "application/octet-stream", metadata), default);

        await received.WaitForCountAsync(1);
        var message = Assert.Single(received.Messages);
        Assert.Equal(topic, message.Topic);
        Assert.Equal(data, message.Data);
        Assert.Equal("application/octet-stream", message.ContentType);
        Assert.Equal(metadata, message.Metadata);
    }

    [Fact]
    public async Task Every_consumer_group_gets_every_message()
    {
        var topic = NewTopic();
        var orders = new DeliveryLog();
        var billing = new DeliveryLog();
        await PubSub.SubscribeAsync(new PubSubSubscription(topic, "orders"), orders.Answering(), default);
        await PubSub.SubscribeAsync(new PubSubSubscription(topic, "billing"), billing.Answering(), default);

        for (var i = 0; i < 5; i++) await PubSub.PublishAsync(Text(topic, $"m{i}"), default);

        await orders.WaitForCountAsync(5);
        await billing.WaitForCountAsync(5);
        var expected = Enumerable.Range(0, 5).Select(i => $"m{i}").ToArray();
        Assert.Equal(expected, orders.Texts.Order());
        Assert.Equal(expected, billing.Texts.Order());
    }

    [Fact]
    public async Task Handlers_of_one_group_share_its_messages_and_each_message_is_handled_once()
    {
        var pubSub = CreateWith(TwoMessagesInFlightMetadata());
        var topic = NewTopic();
        var first = new DeliveryLog();
        var second = new DeliveryLog();
        var firstStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var secondStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        // Each handler holds its first message until the other has one too: this only completes if both get messages.
        PubSubHandler Handler(DeliveryLog log, TaskCompletionSource mine, TaskCompletionSource other) => async (message, _) =>
        {
            mine.TrySetResult();
            await other.Task.WaitAsync(DeliveryLog.Patience);
            log.Record(message);
            return DeliveryResult.Success;
        };

        await pubSub.SubscribeAsync(new PubSubSubscription(topic, "workers"), Handler(first, firstStarted, secondStarted), default);
        await pubSub.SubscribeAsync(new PubSubSubscription(topic, "workers"), Handler(second, secondStarted, firstStarted), default);
        var published = Enumerable.Range(0, 10).Select(i => $"job{i}").ToArray();
        foreach (var text in published) await pubSub.PublishAsync(Text(topic, text), default);

        await Task.WhenAll(first.WaitForCountAsync(1), second.WaitForCountAsync(1));
        await EventuallyAsync(() => Task.FromResult(first.Messages.Count + second.Messages.Count >= published.Length),
            "all jobs handled");
        Assert.Equal(published, first.Texts.Concat(second.Texts).Order());
    }

    [Fact]
    public async Task A_cancelled_subscription_receives_nothing_more()
    {
        var topic = NewTopic();
        var stopped = new DeliveryLog();
        var active = new DeliveryLog();
        using var cancel = new CancellationTokenSource();
        await PubSub.SubscribeAsync(new PubSubSubscription(topic, "stopped"), stopped.Answering(), cancel.Token);
        await PubSub.SubscribeAsync(new PubSubSubscription(topic, "active"), active.Answering(), default);

        await cancel.CancelAsync();
        await PubSub.PublishAsync(Text(topic, "after-cancel"), default);

        await active.WaitForTextAsync("after-cancel");
        Assert.Empty(stopped.Messages);
    }

    [Fact]
    public async Task Disposing_the_component_cancels_a_running_handler_and_finishes()
    {
        var topic = NewTopic();
        var pubSub = CreateWith([]);
        var handlerCancelled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var handlerStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await pubSub.SubscribeAsync(new PubSubSubscription(topic, "slow"), async (_, cancellationToken) =>
        {
            handlerStarted.TrySetResult();
            await using (cancellationToken.Register(() => handlerCancelled.TrySetResult()))
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }

            return DeliveryResult.Success;
        }, default);
        await pubSub.PublishAsync(Text(topic, "long job"), default);
        await handlerStarted.Task.WaitAsync(DeliveryLog.Patience);

        await pubSub.DisposeAsync().AsTask().WaitAsync(DeliveryLog.Patience);

        Assert.True(handlerCancelled.Task.IsCompleted);
        await Assert.ThrowsAsync<ObjectDisposedException>(() => pubSub.PublishAsync(Text(topic, "too late"), default));
    }
}
