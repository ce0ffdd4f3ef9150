namespace PurchasePlatform.Gateway.RateLimiting;

/// <summary>
/// A client's allowance: <see cref="RequestsPerHour"/> per clock hour, taken no faster than a token bucket of
/// <see cref="Burst"/> tokens refilled at RequestsPerHour / 3600 tokens a second allows.
/// </summary>
internal sealed record RateLimitPlan(string Name, int RequestsPerHour, int Burst)
{
    public const int WindowSeconds = 3600;

    public double TokensPerSecond => (double)RequestsPerHour / WindowSeconds;
}
