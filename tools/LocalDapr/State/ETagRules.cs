namespace LocalDapr.State;

/// <summary>The ETag checks of components-contrib's in-memory store, shared by the stores that check in .NET code.</summary>
internal static class ETagRules
{
    /// <param name="currentETag">The stored ETag, or null when the key is missing or expired.</param>
    /// <exception cref="ETagMismatchException">the write or delete must not happen.</exception>
    public static void Check(string key, string? currentETag, string? givenETag, ConcurrencyMode concurrency)
    {
        var hasETag = !string.IsNullOrEmpty(givenETag);
        if (!hasETag)
        {
            if (concurrency == ConcurrencyMode.FirstWrite && currentETag is not null)
                throw new ETagMismatchException(key, "item already exists and no etag was passed");
            return;
        }

        if (currentETag is null)
            throw new ETagMismatchException(key, "state does not exist or has expired");
        if (!string.Equals(currentETag, givenETag, StringComparison.Ordinal))
            throw new ETagMismatchException(key, $"current etag {currentETag}, expected {givenETag}");
    }
}
