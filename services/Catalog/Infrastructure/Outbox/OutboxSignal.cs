namespace PurchasePlatform.Catalog.Infrastructure.Outbox;

/// <summary>Wakes the relay as soon as new events are committed, instead of at its next poll.</summary>
public sealed class OutboxSignal
{
    private readonly SemaphoreSlim _pending = new(0, 1);

    public void Notify()
    {
        try
        {
            _pending.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled; the relay's next pass picks up everything.
        }
    }

    /// <returns>True when signalled, false when <paramref name="timeout"/> passed first.</returns>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _pending.WaitAsync(timeout, cancellationToken);
}
