using System.Collections.Concurrent;

namespace PurchasePlatform.Notifications.Messages.Delivery;

/// <summary>
/// What the simulated providers share: each idempotency key is sent at most once (a repeat answers the first
/// result's message id), and a record of what was sent, for tests and local runs.
/// </summary>
public abstract class SimulatedProvider<TMessage>(string idPrefix)
{
    private readonly ConcurrentDictionary<string, string> sentKeys = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> attemptsByKey = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<(string IdempotencyKey, TMessage Message)> sent = new();

    /// <summary>Every message actually sent (a repeat with a known idempotency key is not sent again).</summary>
    public IReadOnlyList<(string IdempotencyKey, TMessage Message)> Sent => [.. sent];

    protected SendResult Send(TMessage message, string idempotencyKey, Func<int, SendResult?> failure)
    {
        if (sentKeys.TryGetValue(idempotencyKey, out var known))
        {
            return new SendResult.Accepted(known, Delivered: true);
        }

        var attempt = attemptsByKey.AddOrUpdate(idempotencyKey, 1, (_, count) => count + 1);
        if (failure(attempt) is { } failed)
        {
            return failed;
        }

        var providerId = sentKeys.GetOrAdd(idempotencyKey, _ =>
        {
            sent.Enqueue((idempotencyKey, message));
            return idPrefix + Guid.NewGuid().ToString("N");
        });
        return new SendResult.Accepted(providerId, Delivered: true);
    }
}
