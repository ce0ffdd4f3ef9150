using System.Collections.Concurrent;

namespace LocalDapr.Actors;

/// <summary>An actor LocalDapr considers active in its host app: its turn lock, when it was last used, its timers.</summary>
public sealed class ActorActivation(ActorKey key, ActorHost host, DateTimeOffset now)
{
    public ActorKey Key { get; } = key;
    public ActorHost Host { get; } = host;
    public ActorTurnLock Turn { get; } = new();
    public ConcurrentDictionary<string, ScheduledCall> Timers { get; } = new(StringComparer.Ordinal);

    /// <summary>Set, under the turn, once the app has been told to deactivate it; a later call activates a new one.</summary>
    public bool Deactivated { get; set; }

    private long _lastUsedTicks = now.UtcTicks;

    public DateTimeOffset LastUsed => new(Interlocked.Read(ref _lastUsedTicks), TimeSpan.Zero);

    public void Touch(DateTimeOffset now) => Interlocked.Exchange(ref _lastUsedTicks, now.UtcTicks);
}
