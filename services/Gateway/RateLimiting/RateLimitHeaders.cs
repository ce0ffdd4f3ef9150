using System.Globalization;

namespace PurchasePlatform.Gateway.RateLimiting;

/// <summary>The headers seed 003 puts on every API response ("Rate Limit Headers").</summary>
internal static class RateLimitHeaders
{
    public const string Limit = "X-RateLimit-Limit";
    public const string Remaining = "X-RateLimit-Remaining";
    public const string Reset = "X-RateLimit-Reset";

    public static void Write(IHeaderDictionary headers, RateLimitDecision decision)
    {
        headers[Limit] = decision.Limit.ToString(CultureInfo.InvariantCulture);
        headers[Remaining] = decision.Remaining.ToString(CultureInfo.InvariantCulture);
        headers[Reset] = decision.ResetUnixSeconds.ToString(CultureInfo.InvariantCulture);
    }
}
