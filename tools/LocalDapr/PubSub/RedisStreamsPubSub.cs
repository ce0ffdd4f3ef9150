using System.Collections.Concurrent;
using LocalDapr.Components;
using StackExchange.Redis;

namespace LocalDapr.PubSub;

/// <summary>
/// <c>pubsub.redis</c>, after components-contrib <c>pubsub/redis</c>: one Redis Stream per topic, one Redis consumer
/// group per Dapr consumer group, at-least-once delivery. Messages outlive this process and Redis restarts
/// (as far as Redis persists them); the connection is re-established on its own when Redis comes back.
/// </summary>
public sealed class RedisStreamsPubSub : IPubSub
{
    internal static readonly TimeSpan SubscriptionStopTimeout = TimeSpan.FromSeconds(5);

    private readonly RedisStreamsSettings _settings;
    private readonly ILogger _logger;
    private readonly Lazy<Task<ConnectionMultiplexer>> _connection;
    private readonly ConcurrentDictionary<(string Topic, string Group, string Id), byte> _inProcess = new();
    private readonly CancellationTokenSource _disposing = new();
    private readonly Lock _gate = new();
    private readonly List<RedisStreamSubscription> _subscriptions = [];
    private bool _disposed;

    internal RedisStreamsPubSub(string name, RedisStreamsSettings settings, ILogger logger)
    {
        Name = name;
        _settings = settings;
        _logger = logger;
        _connection = new Lazy<Task<ConnectionMultiplexer>>(ConnectAsync);
    }

    public string Name { get; }

    public static IPubSub Create(ComponentSpec spec, ILoggerFactory loggerFactory) =>
        new RedisStreamsPubSub(spec.Name, RedisStreamsSettings.From(spec), loggerFactory.CreateLogger<RedisStreamsPubSub>());

    public async Task PublishAsync(PubSubMessage message, CancellationToken cancellationToken)
    {
        ThrowIfDisposed();
        var database = await GetDatabaseAsync(cancellationToken);
        await database.StreamAddAsync(message.Topic, RedisStreamEntryFormat.Encode(message),
            messageId: null,
            maxLength: _settings.MaxLenApprox > 0 ? _settings.MaxLenApprox : null,
            useApproximateMaxLength: true).WaitAsync(cancellationToken);

        lock (_gate)
        {
            foreach (var subscription in _subscriptions.Where(s => s.Subscription.Topic == message.Topic)) subscription.Wake();
        }
    }

    public async Task SubscribeAsync(PubSubSubscription subscription, PubSubHandler handler, CancellationToken cancellationToken)
    {
        ThrowIfDisposed();
        var database = await GetDatabaseAsync(cancellationToken);
        await RedisStreamSubscription.CreateGroupAsync(database, subscription.Topic, subscription.ConsumerGroup).WaitAsync(cancellationToken);

        var reader = new RedisStreamSubscription(Name, database, _settings, subscription, handler, _inProcess, _logger);
        var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _disposing.Token);
        lock (_gate)
        {
            if (_disposed)
            {
                stopping.Dispose();
                throw new ObjectDisposedException(GetType().FullName);
            }

            _subscriptions.Add(reader);
            reader.Start(stopping.Token);
        }

        _ = reader.Completion.ContinueWith(_ =>
        {
            lock (_gate) _subscriptions.Remove(reader);
            stopping.Dispose();
        }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    /// <summary>
    /// Stops the subscriptions, then closes the connection. A subscription whose loops do not end within
    /// <see cref="SubscriptionStopTimeout"/> is logged and the connection is closed under it.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        RedisStreamSubscription[] running;
        lock (_gate)
        {
            if (_disposed) return;
            _disposed = true;
            running = _subscriptions.ToArray();
        }

        await _disposing.CancelAsync();
        try
        {
            await Task.WhenAll(running.Select(s => s.Completion)).WaitAsync(SubscriptionStopTimeout);
        }
        catch (TimeoutException)
        {
            foreach (var subscription in running.Where(s => !s.Completion.IsCompleted))
            {
                _logger.LogWarning("pubsub {PubSub}: subscription to {Topic} (group {Group}) did not stop within {Timeout}; closing the connection under it",
                    Name, subscription.Subscription.Topic, subscription.Subscription.ConsumerGroup, SubscriptionStopTimeout);
            }
        }

        if (_connection.IsValueCreated)
        {
            var multiplexer = await _connection.Value;
            await multiplexer.CloseAsync();
            await multiplexer.DisposeAsync();
        }
    }

    private async Task<IDatabase> GetDatabaseAsync(CancellationToken cancellationToken)
    {
        var multiplexer = await _connection.Value.WaitAsync(cancellationToken);
        return multiplexer.GetDatabase();
    }

    private async Task<ConnectionMultiplexer> ConnectAsync()
    {
        // AbortOnConnectFail is off: this returns even while Redis is away and keeps reconnecting in the background.
        var multiplexer = await ConnectionMultiplexer.ConnectAsync(_settings.Client);
        multiplexer.ConnectionFailed += (_, e) =>
        {
            if (e.ConnectionType == ConnectionType.Interactive)
            {
                _logger.LogWarning("pubsub {PubSub}: lost connection to Redis at {Endpoint} ({Failure}); reconnecting", Name, e.EndPoint, e.FailureType);
            }
        };
        multiplexer.ConnectionRestored += (_, e) =>
        {
            if (e.ConnectionType == ConnectionType.Interactive)
            {
                _logger.LogInformation("pubsub {PubSub}: connection to Redis at {Endpoint} restored", Name, e.EndPoint);
            }
        };
        if (!multiplexer.IsConnected)
        {
            _logger.LogWarning("pubsub {PubSub}: Redis at {Host} is not reachable yet; retrying in the background", Name, _settings.Client.EndPoints[0]);
        }

        return multiplexer;
    }

    private void ThrowIfDisposed()
    {
        lock (_gate) ObjectDisposedException.ThrowIf(_disposed, this);
    }
}
