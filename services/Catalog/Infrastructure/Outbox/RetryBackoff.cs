namespace PurchasePlatform.Catalog.Infrastructure.Outbox;

public static class RetryBackoff
{
    /// <summary>initial, 2×initial, 4×initial, ... capped at <paramref name="max"/>, for the 1st, 2nd, 3rd, ... failure in a row.</summary>
    public static TimeSpan Delay(int consecutiveFailures, TimeSpan initial, TimeSpan max)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(consecutiveFailures, 1);
        var exponent = Math.Min(consecutiveFailures - 1, 20);
        var delay = initial * Math.Pow(2, exponent);
        return delay < max ? delay : max;
    }
}
