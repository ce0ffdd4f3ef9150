namespace PurchasePlatform.Gateway.Requests;

/// <summary>The one rule for idempotency keys sent by callers; each API sets its own maximum length.</summary>
internal static class IdempotencyKeys
{
    public static bool IsWellFormed(string key, int maxLength) => key.Length > 0 && key.Length <= maxLength && !key.Any(char.IsControl);
}
