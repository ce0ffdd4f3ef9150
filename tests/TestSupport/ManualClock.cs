namespace PurchasePlatform.TestSupport;

/// <summary>
/// Domain time that moves only when a test says so (claims, due times, token expiry); safe to read from several
/// threads. Timers made from it still run in real time.
/// </summary>
public sealed class ManualClock(DateTimeOffset? start = null) : TimeProvider
{
    private readonly Lock gate = new();
    private DateTimeOffset now = start ?? new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    public DateTimeOffset Now
    {
        get
        {
            lock (gate)
            {
                return now;
            }
        }

        set
        {
            lock (gate)
            {
                now = value;
            }
        }
    }

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan by)
    {
        lock (gate)
        {
            now += by;
        }
    }

    public void Set(DateTimeOffset to) => Now = to;
}
