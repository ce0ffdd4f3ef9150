namespace LocalDapr.PubSub;

/// <summary>
/// A pub/sub component. It moves opaque payloads (usually a CloudEvent JSON document built by the runtime)
/// between publishers and consumer groups; the runtime owns envelopes, routing, retries and dead letters.
/// </summary>
public interface IPubSub : IAsyncDisposable
{
    string Name { get; }

    /// <summary>Durably accepted when the task completes (as durable as the component type is).</summary>
    Task PublishAsync(PubSubMessage message, CancellationToken cancellationToken);

    /// <summary>
    /// Starts delivering the topic's messages to <paramref name="handler"/> for one consumer group. Within a
    /// group each message goes to one handler; every group gets every message. Completes once the
    /// subscription is established; delivery stops when <paramref name="cancellationToken"/> is cancelled.
    /// A handler result of <see cref="DeliveryResult.Retry"/> means "not processed": a durable component keeps
    /// the message and redelivers it later; <see cref="DeliveryResult.Success"/> and
    /// <see cref="DeliveryResult.Drop"/> acknowledge it.
    /// </summary>
    Task SubscribeAsync(PubSubSubscription subscription, PubSubHandler handler, CancellationToken cancellationToken);
}

public delegate Task<DeliveryResult> PubSubHandler(PubSubMessage message, CancellationToken cancellationToken);

public sealed record PubSubSubscription(string Topic, string ConsumerGroup);

/// <param name="Data">The payload as published (for the runtime: the CloudEvent JSON or the raw bytes).</param>
/// <param name="ContentType">Content type of <paramref name="Data"/>.</param>
/// <param name="Metadata">Publish metadata that travels with the message.</param>
public sealed record PubSubMessage(string Topic, byte[] Data, string ContentType, IReadOnlyDictionary<string, string> Metadata);

public enum DeliveryResult
{
    Success,
    Retry,
    Drop,
}
