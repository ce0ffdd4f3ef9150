using LocalDapr.Components;

namespace LocalDapr.PubSub;

/// <summary>
/// <c>pubsub.in-memory</c>: an in-process broker. Every consumer group subscribed to a topic gets every message;
/// within a group the messages go round-robin to the group's handlers. Like daprd's in-memory component it keeps
/// nothing: messages published while a topic has no subscriber are gone, and a message whose handler answers
/// <see cref="DeliveryResult.Retry"/> is logged and dropped.
/// </summary>
public sealed class InMemoryPubSub : IPubSub
{
    /// <summary>daprd's in-memory bus calls a subscription's handler one message at a time, in publish order.</summary>
    public const int DefaultMaxConcurrentHandlers = 1;

    private readonly Lock _gate = new();
    private readonly Dictionary<(string Topic, string Group), InMemoryConsumerGroup> _groups = new();
    private readonly CancellationTokenSource _disposing = new();
    private readonly int _maxConcurrentHandlers;
    private readonly ILogger _logger;
    private bool _disposed;

    public InMemoryPubSub(string name, int maxConcurrentHandlers, ILogger logger)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxConcurrentHandlers, 1);
        Name = name;
        _maxConcurrentHandlers = maxConcurrentHandlers;
        _logger = logger;
    }

    public string Name { get; }

    public static IPubSub Create(ComponentSpec spec, ILoggerFactory loggerFactory)
    {
        var maxConcurrentHandlers = spec.Int("maxConcurrentHandlers", DefaultMaxConcurrentHandlers);
        if (maxConcurrentHandlers < 1)
        {
            throw new ComponentConfigurationException(spec.SourceFile, "spec.metadata.maxConcurrentHandlers",
                $"component '{spec.Name}': must be at least 1, got {maxConcurrentHandlers}");
        }

        return new InMemoryPubSub(spec.Name, maxConcurrentHandlers, loggerFactory.CreateLogger<InMemoryPubSub>());
    }

    public Task PublishAsync(PubSubMessage message, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        InMemoryConsumerGroup[] targets;
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            targets = _groups.Where(g => g.Key.Topic == message.Topic).Select(g => g.Value).ToArray();
        }

        if (targets.Length == 0)
        {
            _logger.LogDebug("pubsub {PubSub}: no subscriber for topic {Topic}; message discarded", Name, message.Topic);
            return Task.CompletedTask;
        }

        // The publisher may reuse its buffers once this returns.
        var snapshot = message with
        {
            Data = message.Data.ToArray(),
            Metadata = new Dictionary<string, string>(message.Metadata, StringComparer.Ordinal),
        };
        foreach (var group in targets) group.Enqueue(snapshot);
        return Task.CompletedTask;
    }

    public Task SubscribeAsync(PubSubSubscription subscription, PubSubHandler handler, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        InMemoryConsumerGroup group;
        InMemoryConsumerGroup.Registration registration;
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var key = (subscription.Topic, subscription.ConsumerGroup);
            if (!_groups.TryGetValue(key, out group!))
            {
                group = new InMemoryConsumerGroup(Name, subscription, _maxConcurrentHandlers, _logger, _disposing.Token);
                _groups[key] = group;
            }

            registration = group.Add(handler, cancellationToken);
        }

        cancellationToken.Register(() => _ = UnsubscribeAsync(group, registration));
        return Task.CompletedTask;
    }

    private async Task UnsubscribeAsync(InMemoryConsumerGroup group, InMemoryConsumerGroup.Registration registration)
    {
        lock (_gate)
        {
            var key = (group.Subscription.Topic, group.Subscription.ConsumerGroup);
            var wasLast = group.Remove(registration);
            if (!wasLast || !_groups.TryGetValue(key, out var current) || !ReferenceEquals(current, group)) return;
            _groups.Remove(key);
        }

        await group.StopAsync();
    }

    public async ValueTask DisposeAsync()
    {
        InMemoryConsumerGroup[] groups;
        lock (_gate)
        {
            if (_disposed) return;
            _disposed = true;
            groups = _groups.Values.ToArray();
            _groups.Clear();
        }

        await _disposing.CancelAsync();
        await Task.WhenAll(groups.Select(g => g.StopAsync()));
        _disposing.Dispose();
    }
}
