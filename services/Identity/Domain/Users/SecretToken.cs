using System.Security.Cryptography;
using System.Text;

namespace PurchasePlatform.Identity.Domain.Users;

/// <summary>
/// An opaque 256-bit random token handed to the user once (<see cref="Value"/>) and stored only as its SHA-256
/// <see cref="Hash"/>, so a copy of the database cannot be replayed as refresh, reset or verification tokens.
/// </summary>
public sealed record SecretToken(string Value, string Hash)
{
    public static SecretToken New()
    {
        var value = Base64Url(RandomNumberGenerator.GetBytes(32));
        return new SecretToken(value, HashOf(value));
    }

    public static string HashOf(string value) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
