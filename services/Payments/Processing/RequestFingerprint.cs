using System.Security.Cryptography;
using System.Text;

namespace PurchasePlatform.Payments.Processing;

/// <summary>The SHA-256 of a request's meaningful fields, to tell a replay (same key, same request) from a reused key.</summary>
public static class RequestFingerprint
{
    public static string Of(params object?[] parts)
    {
        var text = string.Join('\u001f', parts.Select(part => Convert.ToString(part, System.Globalization.CultureInfo.InvariantCulture) ?? "\u0000"));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
