using System.Security.Cryptography;
using System.Text;

namespace PurchasePlatform.Notifications.Tests.Webhooks;

/// <summary>Seed 003's "Webhook Signature Verification" example, as a receiver would run it.</summary>
public static class SeedSignatureCheck
{
    public static bool VerifyWebhookSignature(string payload, string signature, string secret)
    {
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secret));
        var hash = hmac.ComputeHash(Encoding.UTF8.GetBytes(payload));
        var computedSignature = $"sha256={BitConverter.ToString(hash).Replace("-", "").ToLower()}";

        return signature == computedSignature;
    }
}
