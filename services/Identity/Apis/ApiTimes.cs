namespace PurchasePlatform.Identity.Apis;

internal static class ApiTimes
{
    /// <summary>Whole seconds, which serialize as the documented "2024-01-01T00:00:00Z".</summary>
    public static DateTime ToSeconds(DateTime utc) => new(utc.Ticks - utc.Ticks % TimeSpan.TicksPerSecond, DateTimeKind.Utc);
}
