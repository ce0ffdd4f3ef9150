namespace PurchasePlatform.Gateway.RateLimiting;

/// <summary>Configuration section "RateLimits": the limits of each plan and how many clients the in-memory store tracks.</summary>
internal sealed class RateLimitOptions
{
    public const string SectionName = "RateLimits";

    public PlanLimits Guest { get; set; } = new() { RequestsPerHour = 100, Burst = 10 };

    public PlanLimits Customer { get; set; } = new() { RequestsPerHour = 1000, Burst = 50 };

    public PlanLimits Premium { get; set; } = new() { RequestsPerHour = 5000, Burst = 100 };

    public PlanLimits Admin { get; set; } = new() { RequestsPerHour = 10000, Burst = 200 };

    /// <summary>
    /// Most clients the in-memory store keeps counters for. Idle clients are dropped first (losing nothing: their
    /// counters are back to a fresh client's); past this many active ones, the least recently seen go.
    /// </summary>
    public int MaxTrackedClients { get; set; } = 100_000;

    public bool IsValid() =>
        new[] { Guest, Customer, Premium, Admin }.All(plan => plan.RequestsPerHour > 0 && plan.Burst > 0)
        && MaxTrackedClients > 0;
}
