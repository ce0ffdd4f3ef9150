using System.Security.Cryptography;
using System.Text;

namespace PurchasePlatform.Notifications.Webhooks;

/// <summary><c>X-Webhook-Signature</c> as seed 003's verification example computes it: <c>sha256=</c> and the lowercase hex HMAC-SHA256 of the body.</summary>
public static class WebhookSignature
{
    public const string HeaderName = "X-Webhook-Signature";

    public static string Of(string secret, byte[] body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));
}
