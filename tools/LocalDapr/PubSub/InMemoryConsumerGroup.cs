using System.Threading.Channels;

namespace LocalDapr.PubSub;

/// <summary>
/// One consumer group of one topic in <see cref="InMemoryPubSub"/>: a queue in publish order, drained by a single
/// dispatcher that hands each message to the next of the group's handlers, with at most
/// <c>maxConcurrentHandlers</c> deliveries in flight.
/// </summary>
internal sealed class InMemoryConsumerGroup
{
    private readonly Channel<PubSubMessage> _queue = Channel.CreateUnbounded<PubSubMessage>(new UnboundedChannelOptions { SingleReader = true });
    private readonly List<Registration> _handlers = [];
    private readonly Lock _handlersGate = new();
    private readonly SemaphoreSlim _deliverySlots;
    private readonly int _maxConcurrentHandlers;
    private readonly CancellationTokenSource _stopping;
    private readonly string _pubSubName;
    private readonly ILogger _logger;
    private readonly Task _dispatcher;
    private readonly Lazy<Task> _stopped;
    private int _nextHandler;

    public InMemoryConsumerGroup(string pubSubName, PubSubSubscription subscription, int maxConcurrentHandlers, ILogger logger,
        CancellationToken componentDisposing)
    {
        _pubSubName = pubSubName;
        Subscription = subscription;
        _maxConcurrentHandlers = maxConcurrentHandlers;
        _deliverySlots = new SemaphoreSlim(maxConcurrentHandlers, maxConcurrentHandlers);
        _logger = logger;
        _stopping = CancellationTokenSource.CreateLinkedTokenSource(componentDisposing);
        _stopped = new Lazy<Task>(StopCoreAsync);
        _dispatcher = Task.Run(DispatchAsync);
    }

    public PubSubSubscription Subscription { get; }

    public sealed record Registration(PubSubHandler Handler, CancellationToken SubscriptionCancelled);

    public void Enqueue(PubSubMessage message)
    {
        if (!_queue.Writer.TryWrite(message))
        {
            _logger.LogDebug("pubsub {PubSub}: group {Group} of topic {Topic} is stopping; message discarded",
                _pubSubName, Subscription.ConsumerGroup, Subscription.Topic);
        }
    }

    public Registration Add(PubSubHandler handler, CancellationToken subscriptionCancelled)
    {
        var registration = new Registration(handler, subscriptionCancelled);
        lock (_handlersGate) _handlers.Add(registration);
        return registration;
    }

    /// <returns>true when the group has no handler left.</returns>
    public bool Remove(Registration registration)
    {
        lock (_handlersGate)
        {
            _handlers.Remove(registration);
            return _handlers.Count == 0;
        }
    }

    /// <summary>Discards queued messages, cancels deliveries in flight and waits for them to end. Never throws.</summary>
    public Task StopAsync() => _stopped.Value;

    private async Task StopCoreAsync()
    {
        _queue.Writer.TryComplete();
        await _stopping.CancelAsync();
        await _dispatcher;
        for (var i = 0; i < _maxConcurrentHandlers; i++) await _deliverySlots.WaitAsync(CancellationToken.None);
        _stopping.Dispose();
    }

    private async Task DispatchAsync()
    {
        try
        {
            await foreach (var message in _queue.Reader.ReadAllAsync(_stopping.Token))
            {
                await _deliverySlots.WaitAsync(_stopping.Token);
                var target = NextHandler();
                if (target is null)
                {
                    _deliverySlots.Release();
                    continue;
                }

                _ = Task.Run(() => DeliverAsync(target, message));
            }
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
        }
    }

    private Registration? NextHandler()
    {
        lock (_handlersGate)
        {
            for (var tried = 0; tried < _handlers.Count; tried++)
            {
                var candidate = _handlers[_nextHandler++ % _handlers.Count];
                if (!candidate.SubscriptionCancelled.IsCancellationRequested) return candidate;
            }

            return null;
        }
    }

    private async Task DeliverAsync(Registration target, PubSubMessage message)
    {
        try
        {
            await InvokeHandlerAsync(target, message);
        }
        finally
        {
            _deliverySlots.Release();
        }
    }

    private async Task InvokeHandlerAsync(Registration target, PubSubMessage message)
    {
        using var cancelled = CancellationTokenSource.CreateLinkedTokenSource(target.SubscriptionCancelled, _stopping.Token);
        try
        {
            var result = await target.Handler(message, cancelled.Token);
            if (result == DeliveryResult.Retry)
            {
                _logger.LogWarning(
                    "pubsub {PubSub}: handler for topic {Topic} (group {Group}) asked for a retry; in-memory pub/sub does not redeliver, message dropped",
                    _pubSubName, Subscription.Topic, Subscription.ConsumerGroup);
            }
        }
        catch (OperationCanceledException) when (cancelled.IsCancellationRequested)
        {
            _logger.LogDebug("pubsub {PubSub}: delivery on topic {Topic} cancelled because the subscription stopped",
                _pubSubName, Subscription.Topic);
        }
        catch (Exception ex)
        {
            _logger.LogError(ex, "pubsub {PubSub}: handler for topic {Topic} (group {Group}) failed; message dropped",
                _pubSubName, Subscription.Topic, Subscription.ConsumerGroup);
        }
    }
}
