using System.Collections.Concurrent;
using System.Text.Json;
using LocalDapr.PubSub;

namespace EndToEnd.Tests;

/// <summary>
/// Reads what the platform publishes, as a consumer group of its own on the run's pub/sub: the test's mailbox
/// for the reset and verification mails Identity sends as events.
/// </summary>
public sealed class EventInbox : IAsyncDisposable
{
    private readonly ConcurrentQueue<JsonElement> _events = new();
    private readonly CancellationTokenSource _stop = new();

    private EventInbox()
    {
    }

    public static Task<EventInbox> OpenAsync(PlatformRun platform, params string[] topics) => OpenAsync(platform.Host, topics);

    /// <summary>A new consumer group per topic: on Redis Streams it starts at the beginning of the stream, so it also reads what was published before.</summary>
    public static async Task<EventInbox> OpenAsync(LocalDapr.Hosting.SidecarHost host, params string[] topics)
    {
        var inbox = new EventInbox();
        var pubsub = host.Registry.ByAppId("identity")!.Components.PubSubs["pubsub"].PubSub;
        foreach (var topic in topics)
        {
            await pubsub.SubscribeAsync(new PubSubSubscription(topic, "e2e-inbox-" + Guid.NewGuid().ToString("N")), (message, _) =>
            {
                using var cloudEvent = JsonDocument.Parse(message.Data);
                inbox._events.Enqueue(cloudEvent.RootElement.GetProperty("data").Clone());
                return Task.FromResult(DeliveryResult.Success);
            }, inbox._stop.Token);
        }

        return inbox;
    }

    /// <summary>The <c>data</c> of every event received so far, in the order received (duplicates included).</summary>
    public IReadOnlyList<JsonElement> Received => [.. _events];

    /// <summary>The <c>data</c> of the first event of that type for that email (002's event schema).</summary>
    public async Task<JsonElement> WaitForAsync(string eventType, string email)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            foreach (var e in _events)
            {
                if (e.GetProperty("event_type").GetString() == eventType && e.GetProperty("data").GetProperty("email").GetString() == email)
                    return e.GetProperty("data");
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"no {eventType} event for {email} within 20 s");
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _stop.Dispose();
    }
}
