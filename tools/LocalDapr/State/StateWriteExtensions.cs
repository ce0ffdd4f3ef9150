namespace LocalDapr.State;

internal static class StateWriteExtensions
{
    /// <summary>The write's lifetime, or null when it does not expire (no TTL or a non-positive one).</summary>
    public static TimeSpan? Lifetime(this StateWrite write) =>
        write.Ttl is { } ttl && ttl > TimeSpan.Zero ? ttl : null;

    public static void EnsureWellFormed(this StateOperation operation)
    {
        if ((operation.Upsert is null) == (operation.Delete is null))
            throw new ArgumentException("a state operation needs exactly one of Upsert and Delete", nameof(operation));
    }
}
