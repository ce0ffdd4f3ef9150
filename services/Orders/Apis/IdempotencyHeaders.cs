namespace PurchasePlatform.Orders.Apis;

public static class IdempotencyHeaders
{
    public const string Key = "Idempotency-Key";
    public const string Replay = "x-idempotent-replay";
    public const int MaxKeyLength = 200;

    /// <returns>The trimmed key, or null when absent, blank or too long.</returns>
    public static string? Read(HttpRequest request)
    {
        var value = request.Headers[Key].ToString().Trim();
        return value.Length is > 0 and <= MaxKeyLength ? value : null;
    }
}
