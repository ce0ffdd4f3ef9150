namespace PurchasePlatform.Notifications.Webhooks;

/// <summary>Seed 003's retry policy: at most 5 retries, 1m, 5m, 30m, 1h and 3h after each failed attempt.</summary>
public static class WebhookRetrySchedule
{
    public static readonly IReadOnlyList<TimeSpan> Intervals =
    [
        TimeSpan.FromMinutes(1),
        TimeSpan.FromMinutes(5),
        TimeSpan.FromMinutes(30),
        TimeSpan.FromHours(1),
        TimeSpan.FromHours(3),
    ];

    public static int MaxAttempts => Intervals.Count + 1;

    /// <returns>The wait before the next attempt after <paramref name="failedAttempts"/> failures; null when none is left.</returns>
    public static TimeSpan? DelayAfter(int failedAttempts) =>
        failedAttempts >= 1 && failedAttempts <= Intervals.Count ? Intervals[failedAttempts - 1] : null;
}
