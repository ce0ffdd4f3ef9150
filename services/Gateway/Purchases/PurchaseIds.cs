using System.Security.Cryptography;
using System.Text;

namespace PurchasePlatform.Gateway.Purchases;

/// <summary>
/// A purchase's id: derived from the customer and their <c>Idempotency-Key</c> (the same key from the same customer is
/// the same purchase; the same key from another customer is another), else a new one.
/// </summary>
internal static class PurchaseIds
{
    public static string For(string userId, string? idempotencyKey)
    {
        if (string.IsNullOrEmpty(idempotencyKey))
        {
            return Guid.NewGuid().ToString("D");
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"purchase\n{userId}\n{idempotencyKey}"));
        var bytes = hash.AsSpan(0, 16).ToArray();
        // RFC 9562 version 8 (custom), variant 10.
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true).ToString("D");
    }
}
