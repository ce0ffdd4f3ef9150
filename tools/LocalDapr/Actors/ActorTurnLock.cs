using LocalDapr.Runtime;

namespace LocalDapr.Actors;

/// <summary>
/// One actor's turn: callers queue first come, first served, and hold the turn until the app has answered. With
/// reentrancy, a call carrying the reentrancy id of the chain holding the turn joins it, up to the stack depth.
/// </summary>
public sealed class ActorTurnLock
{
    private readonly SemaphoreSlim _gate = new(1, 1); // async waiters are released in arrival order
    private readonly Lock _sync = new();
    private string? _chainId;
    private int _depth;

    public async Task<IDisposable> EnterAsync(string? reentrancyId, int maxStackDepth, CancellationToken cancellationToken)
    {
        if (reentrancyId is not null)
        {
            lock (_sync)
            {
                if (_chainId == reentrancyId)
                {
                    if (_depth >= maxStackDepth) throw ActorErrors.MaxStackDepthExceeded();
                    _depth++;
                    return new Turn(this, nested: true);
                }
            }
        }

        await _gate.WaitAsync(cancellationToken);
        lock (_sync)
        {
            _chainId = reentrancyId;
            _depth = 1;
        }

        return new Turn(this, nested: false);
    }

    /// <summary>True while some call holds the turn or waits for it.</summary>
    public bool IsBusy => _gate.CurrentCount == 0;

    private void Leave(bool nested)
    {
        lock (_sync)
        {
            _depth--;
            if (nested) return;
            _chainId = null;
            _depth = 0;
        }

        _gate.Release();
    }

    private sealed class Turn(ActorTurnLock owner, bool nested) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0) owner.Leave(nested);
        }
    }
}
