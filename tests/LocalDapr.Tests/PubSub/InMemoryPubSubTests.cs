using LocalDapr.Components;
using LocalDapr.PubSub;
using Microsoft.Extensions.Logging.Abstractions;
using static LocalDapr.Tests.PubSub.PubSubMessages;

namespace LocalDapr.Tests.PubSub;

public sealed class InMemoryPubSubTests : PubSubContract
{
    protected override Dictionary<string, string> RequiredMetadata() => [];

    protected override Dictionary<string, string> TwoMessagesInFlightMetadata() => new() { ["maxConcurrentHandlers"] = "2" };

    protected override IPubSub Create(ComponentSpec spec) => InMemoryPubSub.Create(spec, NullLoggerFactory.Instance);

    [Theory]
    [InlineData(DeliveryResult.Retry)]
    [InlineData(DeliveryResult.Drop)]
    public async Task A_message_that_is_not_a_success_is_dropped_not_redelivered(DeliveryResult answer)
    {
        var topic = NewTopic();
        var received = new DeliveryLog();
        await PubSub.SubscribeAsync(new PubSubSubscription(topic, "checkout"), (message, _) =>
        {
            received.Record(message);
            return Task.FromResult(DeliveryLog.Text(message) == "refused" ? answer : DeliveryResult.Success);
        }, default);

        // One at a time, so a redelivery queued when "refused" fails would come before the next message.
        foreach (var text in new[] { "refused", "next", "last" })
        {
            await PubSub.PublishAsync(Text(topic, text), default);
            await received.WaitForTextAsync(text);
        }

        Assert.Equal(["refused", "next", "last"], received.Texts);
    }

    [Fact]
    public async Task Messages_published_before_anyone_subscribes_are_not_kept()
    {
        var topic = NewTopic();
        var received = new DeliveryLog();

        await PubSub.PublishAsync(Text(topic, "early"), default);
        await PubSub.SubscribeAsync(new PubSubSubscription(topic, "checkout"), received.Answering(), default);
        await PubSub.PublishAsync(Text(topic, "late"), default);

        await received.WaitForTextAsync("late");
        Assert.Equal(["late"], received.Texts);
    }

    [Fact]
    public async Task By_default_a_group_handles_one_message_at_a_time_in_publish_order()
    {
        var topic = NewTopic();
        var received = new DeliveryLog();
        var inFlight = 0;
        var overlapped = false;
        await PubSub.SubscribeAsync(new PubSubSubscription(topic, "checkout"), async (message, _) =>
        {
            if (Interlocked.Increment(ref inFlight) > 1) overlapped = true;
            await Task.Yield();
            received.Record(message);
            Interlocked.Decrement(ref inFlight);
            return DeliveryResult.Success;
        }, default);

        var published = Enumerable.Range(0, 20).Select(i => $"m{i:D2}").ToArray();
        foreach (var text in published) await PubSub.PublishAsync(Text(topic, text), default);

        await received.WaitForCountAsync(published.Length);
        Assert.Equal(published, received.Texts);
        Assert.False(overlapped);
    }

    [Fact]
    public async Task MaxConcurrentHandlers_bounds_the_deliveries_in_flight_per_group()
    {
        var pubSub = CreateWith(new Dictionary<string, string> { ["maxConcurrentHandlers"] = "2" });
        var topic = NewTopic();
        var received = new DeliveryLog();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var twoRunning = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var inFlight = 0;
        var mostInFlight = 0;
        await pubSub.SubscribeAsync(new PubSubSubscription(topic, "checkout"), async (message, _) =>
        {
            var now = Interlocked.Increment(ref inFlight);
            InterlockedMax(ref mostInFlight, now);
            if (now == 2) twoRunning.TrySetResult();
            await release.Task.WaitAsync(DeliveryLog.Patience);
            received.Record(message);
            Interlocked.Decrement(ref inFlight);
            return DeliveryResult.Success;
        }, default);

        for (var i = 0; i < 5; i++) await pubSub.PublishAsync(Text(topic, $"m{i}"), default);
        await twoRunning.Task.WaitAsync(DeliveryLog.Patience);
        release.SetResult();

        await received.WaitForCountAsync(5);
        Assert.Equal(2, mostInFlight);
    }

    [Fact]
    public void MaxConcurrentHandlers_below_one_is_a_configuration_error_naming_the_field()
    {
        var spec = new ComponentSpec("pubsub", "pubsub.in-memory", "v1", new Dictionary<string, string> { ["maxConcurrentHandlers"] = "0" },
            [], "/resources/pubsub.yaml");

        var error = Assert.Throws<ComponentConfigurationException>(() => InMemoryPubSub.Create(spec, NullLoggerFactory.Instance));

        Assert.Equal("/resources/pubsub.yaml", error.File);
        Assert.Equal("spec.metadata.maxConcurrentHandlers", error.Field);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
