namespace PurchasePlatform.Gateway.RateLimiting;

/// <summary>The outcome of counting one request, and what the X-RateLimit-* headers report.</summary>
/// <param name="Limit">Requests allowed in the hour (X-RateLimit-Limit).</param>
/// <param name="Remaining">Requests left in this hour (X-RateLimit-Remaining); bursts may still be refused before it reaches 0.</param>
/// <param name="ResetUnixSeconds">When the hour's count starts again (X-RateLimit-Reset).</param>
/// <param name="RetryAfterSeconds">When refused, how long until a request can succeed; 0 when allowed.</param>
internal sealed record RateLimitDecision(bool Allowed, int Limit, int Remaining, long ResetUnixSeconds, int RetryAfterSeconds);
