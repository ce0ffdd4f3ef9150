namespace PurchasePlatform.Gateway.RateLimiting;

/// <summary>One plan's limits as configured (seed 003, "Rate Limits by Plan").</summary>
internal sealed class PlanLimits
{
    public int RequestsPerHour { get; set; }

    public int Burst { get; set; }
}
