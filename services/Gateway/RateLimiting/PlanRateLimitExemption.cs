namespace PurchasePlatform.Gateway.RateLimiting;

/// <summary>
/// Endpoint metadata: requests to this endpoint are not counted against the caller's plan. For the flash-sale routes
/// a crowd hits at once, often from behind one address, and whose admission is decided otherwise.
/// </summary>
internal sealed class PlanRateLimitExemption
{
    public static readonly PlanRateLimitExemption Instance = new();

    private PlanRateLimitExemption()
    {
    }
}
