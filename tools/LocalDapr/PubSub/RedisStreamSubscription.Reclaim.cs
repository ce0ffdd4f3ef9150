using StackExchange.Redis;

namespace LocalDapr.PubSub;

/// <summary>Redelivery: entries of the group left unacknowledged longer than <c>processingTimeout</c>.</summary>
internal sealed partial class RedisStreamSubscription
{
    private async Task ReclaimAsync(CancellationToken stopping)
    {
        if (!_settings.RedeliveryEnabled) return;
        using var timer = new PeriodicTimer(_settings.RedeliverInterval);
        var failures = 0;
        try
        {
            do
            {
                try
                {
                    await ReclaimPendingAsync(stopping);
                    failures = 0;
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    ReportFailure(++failures, "reclaiming pending messages of", ex);
                }
            }
            while (await timer.WaitForNextTickAsync(stopping));
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
    }

    /// <summary>XPENDING IDLE processingTimeout, then XCLAIM what no handler of this instance holds.</summary>
    private async Task ReclaimPendingAsync(CancellationToken stopping)
    {
        var minIdleMs = (long)_settings.ProcessingTimeout.TotalMilliseconds;
        RedisValue from = "-";
        while (true)
        {
            var pending = await _database.StreamPendingMessagesAsync(Subscription.Topic, Subscription.ConsumerGroup, _settings.QueueDepth,
                RedisValue.Null, from, null, minIdleMs).WaitAsync(stopping);
            if (pending.Length == 0) return;

            var ids = pending.Select(p => p.MessageId).Where(id => !_inProcess.ContainsKey(Key(id.ToString()))).ToArray();
            if (ids.Length > 0)
            {
                var claimed = (await _database.StreamClaimAsync(Subscription.Topic, Subscription.ConsumerGroup, _consumer, minIdleMs, ids)
                    .WaitAsync(stopping)).Where(e => !e.IsNull).ToArray();
                if (claimed.Length > 0)
                {
                    _logger.LogInformation(
                        "pubsub {PubSub}: redelivering {Count} message(s) of {Topic} (group {Group}) not acknowledged within {ProcessingTimeout}",
                        _pubSubName, claimed.Length, Subscription.Topic, Subscription.ConsumerGroup, _settings.ProcessingTimeout);
                }

                await EnqueueAsync(claimed, stopping);
                var unclaimed = ids.Except(claimed.Select(e => e.Id)).ToArray();
                await ForgetTrimmedAsync(unclaimed, stopping);
            }

            if (pending.Length < _settings.QueueDepth) return;
            from = "(" + pending[^1].MessageId;
        }
    }

    /// <summary>
    /// An ID that could not be claimed was either just claimed by someone else or trimmed from the stream
    /// (maxLenApprox); a trimmed one would stay pending for ever, so it is acknowledged.
    /// </summary>
    private async Task ForgetTrimmedAsync(RedisValue[] ids, CancellationToken stopping)
    {
        foreach (var id in ids)
        {
            var stillThere = await _database.StreamRangeAsync(Subscription.Topic, id, id, 1).WaitAsync(stopping);
            if (stillThere.Length > 0) continue;
            await _database.StreamAcknowledgeAsync(Subscription.Topic, Subscription.ConsumerGroup, id);
            _logger.LogWarning("pubsub {PubSub}: pending message {Id} of {Topic} (group {Group}) was trimmed from the stream before it was handled",
                _pubSubName, id, Subscription.Topic, Subscription.ConsumerGroup);
        }
    }
}
