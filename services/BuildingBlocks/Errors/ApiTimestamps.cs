namespace PurchasePlatform.BuildingBlocks.Errors;

internal static class ApiTimestamps
{
    /// <summary>UTC now to whole seconds, which serializes as the documented "2025-11-02T10:30:00Z".</summary>
    public static DateTime Now()
    {
        var now = DateTime.UtcNow;
        return new DateTime(now.Ticks - now.Ticks % TimeSpan.TicksPerSecond, DateTimeKind.Utc);
    }
}
