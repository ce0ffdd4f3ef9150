using System.Collections.Concurrent;
using System.Threading.Channels;
using StackExchange.Redis;

namespace LocalDapr.PubSub;

/// <summary>
/// One consumer group reading one stream for <see cref="RedisStreamsPubSub"/>, as components-contrib does: a loop
/// that XREADGROUPs new entries, a loop that XCLAIMs entries left pending longer than <c>processingTimeout</c>, and
/// <c>concurrency</c> workers that call the handler and XACK on Success or Drop. An entry that is not acknowledged
/// stays in the group's pending list, so a later reclaim (by this or any other instance) delivers it again.
/// </summary>
internal sealed partial class RedisStreamSubscription
{
    // StackExchange.Redis multiplexes one connection and cannot use XREADGROUP BLOCK, so an idle stream is polled;
    // publishes through this component wake the poll at once.
    private static readonly TimeSpan IdlePollInterval = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(2);

    private readonly string _pubSubName;
    private readonly IDatabase _database;
    private readonly RedisStreamsSettings _settings;
    private readonly string _consumer;
    private readonly PubSubHandler _handler;
    private readonly ConcurrentDictionary<(string Topic, string Group, string Id), byte> _inProcess;
    private readonly ILogger _logger;
    private readonly Channel<StreamEntry> _buffer;
    private readonly SemaphoreSlim _wake = new(0, 1);

    /// <param name="inProcess">Entries this component instance has read and not finished: never reclaimed by it.</param>
    public RedisStreamSubscription(string pubSubName, IDatabase database, RedisStreamsSettings settings, PubSubSubscription subscription,
        PubSubHandler handler, ConcurrentDictionary<(string Topic, string Group, string Id), byte> inProcess, ILogger logger)
    {
        _pubSubName = pubSubName;
        _database = database;
        _settings = settings;
        Subscription = subscription;
        // daprd names the consumer after the group too, so every instance of an app is the same consumer.
        _consumer = subscription.ConsumerGroup;
        _handler = handler;
        _inProcess = inProcess;
        _logger = logger;
        _buffer = Channel.CreateBounded<StreamEntry>(new BoundedChannelOptions(settings.QueueDepth) { FullMode = BoundedChannelFullMode.Wait });
    }

    public PubSubSubscription Subscription { get; }

    /// <summary>Completes when every loop has stopped after the token passed to <see cref="Start"/> is cancelled. Never faults.</summary>
    public Task Completion { get; private set; } = Task.CompletedTask;

    /// <summary>XGROUP CREATE topic group 0 MKSTREAM, as daprd: a new group starts at the beginning of the stream.</summary>
    public static async Task CreateGroupAsync(IDatabase database, string topic, string group)
    {
        try
        {
            await database.StreamCreateConsumerGroupAsync(topic, group, "0", createStream: true);
        }
        catch (RedisServerException ex) when (ex.Message.StartsWith("BUSYGROUP", StringComparison.Ordinal))
        {
        }
    }

    public void Start(CancellationToken stopping)
    {
        var loops = new List<Task>
        {
            Task.Run(() => PollAsync(stopping), CancellationToken.None),
            Task.Run(() => ReclaimAsync(stopping), CancellationToken.None),
        };
        for (var i = 0; i < _settings.Concurrency; i++) loops.Add(Task.Run(() => WorkAsync(stopping), CancellationToken.None));
        Completion = FinishAsync(loops);
    }

    /// <summary>Ends an idle wait early: something was just published to this topic.</summary>
    public void Wake()
    {
        if (_wake.CurrentCount > 0) return;
        try
        {
            _wake.Release();
        }
        catch (SemaphoreFullException)
        {
        }
    }

    private async Task FinishAsync(List<Task> loops)
    {
        try
        {
            await Task.WhenAll(loops);
        }
        catch (Exception ex)
        {
            _logger.LogError(ex, "pubsub {PubSub}: subscription to {Topic} (group {Group}) stopped with an error",
                _pubSubName, Subscription.Topic, Subscription.ConsumerGroup);
        }

        // Read but never handled: still pending in Redis, to be reclaimed later.
        while (_buffer.Reader.TryRead(out var entry)) Release(entry.Id.ToString());
    }

    private async Task PollAsync(CancellationToken stopping)
    {
        var failures = 0;
        try
        {
            while (!stopping.IsCancellationRequested)
            {
                StreamEntry[] entries;
                try
                {
                    entries = await _database.StreamReadGroupAsync(Subscription.Topic, Subscription.ConsumerGroup, _consumer,
                        StreamPosition.NewMessages, _settings.QueueDepth).WaitAsync(stopping);
                }
                catch (RedisServerException ex) when (ex.Message.StartsWith("NOGROUP", StringComparison.Ordinal))
                {
                    _logger.LogWarning(
                        "pubsub {PubSub}: consumer group {Group} of stream {Topic} is gone (Redis lost data, or the stream was deleted); recreating it",
                        _pubSubName, Subscription.ConsumerGroup, Subscription.Topic);
                    await TryRecreateGroupAsync();
                    await Task.Delay(Backoff(++failures), stopping);
                    continue;
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    ReportFailure(++failures, "reading from", ex);
                    await Task.Delay(Backoff(failures), stopping);
                    continue;
                }

                if (failures > 0)
                {
                    _logger.LogInformation("pubsub {PubSub}: reading stream {Topic} (group {Group}) again",
                        _pubSubName, Subscription.Topic, Subscription.ConsumerGroup);
                    failures = 0;
                }

                if (entries.Length == 0)
                {
                    await _wake.WaitAsync(IdlePollInterval, stopping);
                    continue;
                }

                await EnqueueAsync(entries, stopping);
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
    }

    private async Task EnqueueAsync(IEnumerable<StreamEntry> entries, CancellationToken stopping)
    {
        foreach (var entry in entries)
        {
            if (!_inProcess.TryAdd(Key(entry.Id.ToString()), 0)) continue;
            try
            {
                await _buffer.Writer.WriteAsync(entry, stopping);
            }
            catch
            {
                Release(entry.Id.ToString());
                throw;
            }
        }
    }

    private async Task WorkAsync(CancellationToken stopping)
    {
        try
        {
            await foreach (var entry in _buffer.Reader.ReadAllAsync(stopping))
            {
                try
                {
                    await HandleAsync(entry, stopping);
                }
                finally
                {
                    Release(entry.Id.ToString());
                }
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
    }

    private async Task HandleAsync(StreamEntry entry, CancellationToken stopping)
    {
        var message = RedisStreamEntryFormat.Decode(Subscription.Topic, entry, out var unreadableMetadata);
        if (unreadableMetadata)
        {
            _logger.LogWarning("pubsub {PubSub}: message {Id} of {Topic} has metadata that is not a JSON object of strings; delivering it without metadata",
                _pubSubName, entry.Id, Subscription.Topic);
        }

        var result = await InvokeHandlerAsync(message, entry.Id.ToString(), stopping);
        if (result == DeliveryResult.Retry)
        {
            if (!_settings.RedeliveryEnabled)
            {
                _logger.LogWarning(
                    "pubsub {PubSub}: message {Id} of {Topic} (group {Group}) was not processed and stays pending; redelivery is off (processingTimeout or redeliverInterval is 0)",
                    _pubSubName, entry.Id, Subscription.Topic, Subscription.ConsumerGroup);
            }

            return;
        }

        try
        {
            await _database.StreamAcknowledgeAsync(Subscription.Topic, Subscription.ConsumerGroup, entry.Id);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            _logger.LogWarning(ex, "pubsub {PubSub}: could not acknowledge message {Id} of {Topic} (group {Group}); it will be delivered again",
                _pubSubName, entry.Id, Subscription.Topic, Subscription.ConsumerGroup);
        }
    }

    private async Task<DeliveryResult> InvokeHandlerAsync(PubSubMessage message, string id, CancellationToken stopping)
    {
        using var cancelled = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        // As daprd: past processingTimeout the entry is up for reclaiming, so the handler is told to give up.
        if (_settings.RedeliveryEnabled) cancelled.CancelAfter(_settings.ProcessingTimeout);
        try
        {
            return await _handler(message, cancelled.Token);
        }
        catch (OperationCanceledException) when (cancelled.IsCancellationRequested)
        {
            _logger.LogInformation(
                stopping.IsCancellationRequested
                    ? "pubsub {PubSub}: subscription stopped while handling message {Id} of {Topic}; it stays pending"
                    : "pubsub {PubSub}: handling message {Id} of {Topic} took longer than processingTimeout; it stays pending",
                _pubSubName, id, Subscription.Topic);
            return DeliveryResult.Retry;
        }
        catch (Exception ex)
        {
            _logger.LogError(ex, "pubsub {PubSub}: handler for message {Id} of {Topic} (group {Group}) failed; it stays pending",
                _pubSubName, id, Subscription.Topic, Subscription.ConsumerGroup);
            return DeliveryResult.Retry;
        }
    }

    private async Task TryRecreateGroupAsync()
    {
        try
        {
            await CreateGroupAsync(_database, Subscription.Topic, Subscription.ConsumerGroup);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            ReportFailure(1, "recreating the consumer group of", ex);
        }
    }

    private void ReportFailure(int consecutiveFailures, string activity, Exception ex)
    {
        // One warning per outage; the retries while Redis stays away go to debug.
        var level = consecutiveFailures == 1 ? LogLevel.Warning : LogLevel.Debug;
        _logger.Log(level, "pubsub {PubSub}: error {Activity} stream {Topic} (group {Group}): {Error}; retrying",
            _pubSubName, activity, Subscription.Topic, Subscription.ConsumerGroup, ex.Message);
    }

    private static TimeSpan Backoff(int consecutiveFailures) =>
        TimeSpan.FromMilliseconds(Math.Min(MaxBackoff.TotalMilliseconds, 100 * Math.Pow(2, Math.Min(consecutiveFailures - 1, 10))));

    private (string Topic, string Group, string Id) Key(string id) => (Subscription.Topic, Subscription.ConsumerGroup, id);

    private void Release(string id) => _inProcess.TryRemove(Key(id), out _);
}
