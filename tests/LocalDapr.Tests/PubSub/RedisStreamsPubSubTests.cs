using System.Text;
using System.Text.Json;
using LocalDapr.Components;
using LocalDapr.PubSub;
using Microsoft.Extensions.Logging.Abstractions;
using PurchasePlatform.TestSupport;
using StackExchange.Redis;
using static LocalDapr.Tests.PubSub.PubSubMessages;

namespace LocalDapr.Tests.PubSub;

public sealed class RedisStreamsPubSubTests : PubSubContract
{
    /// <summary>Redelivery settings small enough for a test to see a redelivery.</summary>
    private static readonly Dictionary<string, string> QuickRedelivery = new() { ["processingTimeout"] = "1s", ["redeliverInterval"] = "200ms" };

    private RedisServer _redis = null!;
    private ConnectionMultiplexer _inspector = null!;

    private IDatabase Redis => _inspector.GetDatabase();

    protected override Dictionary<string, string> RequiredMetadata() => new() { ["redisHost"] = _redis.Endpoint };

    protected override Dictionary<string, string> TwoMessagesInFlightMetadata() => new() { ["queueDepth"] = "1", ["concurrency"] = "1" };

    protected override IPubSub Create(ComponentSpec spec) => RedisStreamsPubSub.Create(spec, NullLoggerFactory.Instance);

    public override async Task InitializeAsync()
    {
        _redis = await RedisServer.StartAsync();
        _inspector = await ConnectionMultiplexer.ConnectAsync(new ConfigurationOptions { EndPoints = { _redis.Endpoint }, AbortOnConnectFail = false });
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await _inspector.DisposeAsync();
        await _redis.DisposeAsync();
    }

    [Fact]
    public async Task A_message_whose_handler_asks_for_a_retry_is_delivered_again_after_the_processing_timeout()
    {
        var pubSub = CreateWith(QuickRedelivery);
        var topic = NewTopic();
        var received = new DeliveryLog();
        await pubSub.SubscribeAsync(new PubSubSubscription(topic, "checkout"), (message, _) =>
        {
            received.Record(message);
            return Task.FromResult(received.Messages.Count == 1 ? DeliveryResult.Retry : DeliveryResult.Success);
        }, default);
        var metadata = new Dictionary<string, string> { ["tenant"] = "acme" };

        await pubSub.PublishAsync(Text(topic, "order-1", metadata), default);

        await received.WaitForTextAsync("order-1", times: 2);
        Assert.All(received.Messages, m => Assert.Equal(metadata, m.Metadata));
        await EventuallyAsync(async () => await PendingCountAsync(topic, "checkout") == 0, "the redelivered message to be acknowledged");
    }

    [Fact]
    public async Task A_dropped_message_is_acknowledged_and_not_delivered_again()
    {
        var pubSub = CreateWith(QuickRedelivery);
        var topic = NewTopic();
        var received = new DeliveryLog();
        await pubSub.SubscribeAsync(new PubSubSubscription(topic, "checkout"), received.Answering(DeliveryResult.Drop), default);

        await pubSub.PublishAsync(Text(topic, "poison"), default);

        await received.WaitForTextAsync("poison");
        await EventuallyAsync(async () => await PendingCountAsync(topic, "checkout") == 0, "the dropped message to be acknowledged");
        Assert.Equal(["poison"], received.Texts);
    }

    [Fact]
    public async Task A_message_still_waiting_for_a_busy_handler_is_not_reclaimed_and_delivered_twice()
    {
        var pubSub = CreateWith(new Dictionary<string, string>(QuickRedelivery) { ["concurrency"] = "1" });
        var topic = NewTopic();
        var received = new DeliveryLog();
        await pubSub.SubscribeAsync(new PubSubSubscription(topic, "checkout"), async (message, cancellationToken) =>
        {
            // Slow work: the later messages wait in the component longer than processingTimeout.
            await Task.Delay(TimeSpan.FromMilliseconds(300), cancellationToken);
            received.Record(message);
            return DeliveryResult.Success;
        }, default);

        var published = Enumerable.Range(0, 6).Select(i => $"m{i}").ToArray();
        foreach (var text in published) await pubSub.PublishAsync(Text(topic, text), default);
        await received.WaitUntilAsync(m => published.All(p => m.Any(x => DeliveryLog.Text(x) == p)), "every message once");
        // Anything reclaimed meanwhile was queued before this one.
        await pubSub.PublishAsync(Text(topic, "sentinel"), default);

        await received.WaitForTextAsync("sentinel");
        Assert.Equal([.. published, "sentinel"], received.Texts);
    }

    [Fact]
    public async Task A_message_published_before_any_subscription_is_delivered_when_the_first_one_starts()
    {
        var topic = NewTopic();
        var received = new DeliveryLog();

        await PubSub.PublishAsync(Text(topic, "early"), default);
        await PubSub.SubscribeAsync(new PubSubSubscription(topic, "checkout"), received.Answering(), default);

        await received.WaitForTextAsync("early");
    }

    [Fact]
    public async Task Messages_published_while_the_consumer_is_stopped_are_delivered_when_it_starts_again()
    {
        var topic = NewTopic();
        var before = new DeliveryLog();
        using (var running = new CancellationTokenSource())
        {
            await PubSub.SubscribeAsync(new PubSubSubscription(topic, "checkout"), before.Answering(), running.Token);
            await PubSub.PublishAsync(Text(topic, "while-running"), default);
            await before.WaitForTextAsync("while-running");
            await running.CancelAsync();
        }

        var publisher = CreateWith([]);
        await publisher.PublishAsync(Text(topic, "while-stopped-1"), default);
        await publisher.PublishAsync(Text(topic, "while-stopped-2"), default);
        var after = new DeliveryLog();
        var restarted = CreateWith([]);
        await restarted.SubscribeAsync(new PubSubSubscription(topic, "checkout"), after.Answering(), default);

        await after.WaitForCountAsync(2);
        Assert.Equal(["while-stopped-1", "while-stopped-2"], after.Texts.Order());
    }

    [Fact]
    public async Task A_new_instance_picks_up_a_message_whose_first_handler_never_acknowledged_it()
    {
        var topic = NewTopic();
        var crashed = CreateWith([]);
        var handlerStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var crash = new CancellationTokenSource();
        await crashed.SubscribeAsync(new PubSubSubscription(topic, "checkout"), async (_, cancellationToken) =>
        {
            handlerStarted.TrySetResult();
            await Task.Delay(Timeout.Infinite, cancellationToken);
            return DeliveryResult.Success;
        }, crash.Token);
        await crashed.PublishAsync(Text(topic, "order-42"), default);
        await handlerStarted.Task.WaitAsync(DeliveryLog.Patience);

        await crash.CancelAsync();
        await crashed.DisposeAsync();
        var received = new DeliveryLog();
        var replacement = CreateWith(QuickRedelivery);
        await replacement.SubscribeAsync(new PubSubSubscription(topic, "checkout"), received.Answering(), default);

        await received.WaitForTextAsync("order-42");
        await EventuallyAsync(async () => await PendingCountAsync(topic, "checkout") == 0, "the picked-up message to be acknowledged");
    }

    [Fact]
    public async Task A_running_subscription_keeps_receiving_after_redis_restarts()
    {
        var topic = NewTopic();
        var received = new DeliveryLog();
        await PubSub.SubscribeAsync(new PubSubSubscription(topic, "checkout"), received.Answering(), default);
        await PubSub.PublishAsync(Text(topic, "before-restart"), default);
        await received.WaitForTextAsync("before-restart");

        await _redis.RestartAsync();
        await PubSub.PublishAsync(Text(topic, "after-restart"), default);

        await received.WaitForTextAsync("after-restart");
        Assert.Equal(["before-restart", "after-restart"], received.Texts);
    }

    [Fact]
    public async Task Undelivered_messages_survive_a_redis_restart()
    {
        var topic = NewTopic();
        await PubSub.PublishAsync(Text(topic, "kept"), default);

        await _redis.RestartAsync();
        var received = new DeliveryLog();
        await PubSub.SubscribeAsync(new PubSubSubscription(topic, "checkout"), received.Answering(), default);

        await received.WaitForTextAsync("kept");
    }

    [Fact]
    public async Task Entries_use_daprds_stream_layout_so_daprd_can_read_them()
    {
        var topic = NewTopic();
        var data = Encoding.UTF8.GetBytes("{\"specversion\":\"1.0\",\"data\":{\"id\":7}}");

        await PubSub.PublishAsync(new PubSubMessage(topic, data, "application/cloudevents+json",
            new Dictionary<string, string> { ["traceparent"] = "00-abc-def-01" }), default);

        var entry = Assert.Single(await Redis.StreamRangeAsync(topic));
        Assert.Equal(data, (byte[])entry["data"]!);
        var metadata = JsonSerializer.Deserialize<Dictionary<string, string>>(entry["metadata"].ToString());
        Assert.Equal(new Dictionary<string, string> { ["traceparent"] = "00-abc-def-01" }, metadata);
    }

    [Fact]
    public async Task An_entry_written_by_daprd_is_delivered_as_a_cloud_event_with_its_metadata()
    {
        var topic = NewTopic();
        var received = new DeliveryLog();
        await PubSub.SubscribeAsync(new PubSubSubscription(topic, "checkout"), received.Answering(), default);
        var cloudEvent = Encoding.UTF8.GetBytes("{\"specversion\":\"1.0\",\"id\":\"1\",\"data\":\"hi\"}");

        await Redis.StreamAddAsync(topic, [new NameValueEntry("data", cloudEvent), new NameValueEntry("metadata", "{\"ttlInSeconds\":\"30\"}")]);

        await received.WaitForCountAsync(1);
        var message = Assert.Single(received.Messages);
        Assert.Equal(cloudEvent, message.Data);
        Assert.Equal("application/cloudevents+json", message.ContentType);
        Assert.Equal(new Dictionary<string, string> { ["ttlInSeconds"] = "30" }, message.Metadata);
    }

    [Fact]
    public async Task MaxLenApprox_keeps_the_stream_from_growing_without_bound()
    {
        var pubSub = CreateWith(new Dictionary<string, string> { ["maxLenApprox"] = "100" });
        var topic = NewTopic();

        // In chunks: what is under test is the trimming, and 2,000 commands in flight at once can outlast the
        // client's 5 s timeout on a busy machine.
        foreach (var chunk in Enumerable.Range(0, 2000).Chunk(50))
        {
            await Task.WhenAll(chunk.Select(i => pubSub.PublishAsync(Text(topic, $"m{i}"), default)));
        }

        var length = await Redis.StreamLengthAsync(topic);
        Assert.InRange(length, 100, 1000);
    }

    private async Task<long> PendingCountAsync(string topic, string group) =>
        (await Redis.StreamPendingAsync(topic, group)).PendingMessageCount;
}
