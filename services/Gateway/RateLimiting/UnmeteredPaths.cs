namespace PurchasePlatform.Gateway.RateLimiting;

/// <summary>
/// The gateway's own probe and scrape endpoints, and its sidecar asking for subscriptions: called by the platform, never
/// rate limited.
/// </summary>
internal static class UnmeteredPaths
{
    private static readonly HashSet<string> Paths = new(StringComparer.OrdinalIgnoreCase) { "/", "/healthz", "/health", "/readyz", "/ready", "/metrics", "/dapr/subscribe" };

    public static bool Contains(PathString path) => Paths.Contains(path.Value ?? "/");
}
