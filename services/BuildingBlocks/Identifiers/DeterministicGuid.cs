using System.Security.Cryptography;
using System.Text;

namespace PurchasePlatform.BuildingBlocks.Identifiers;

/// <summary>
/// Ids derived from a name, the same on every instance and after any restart: an RFC 9562 version 8 (custom) GUID
/// made of the first 16 bytes of the name's SHA-256.
/// </summary>
public static class DeterministicGuid
{
    public static Guid FromName(string name) => FromHash(SHA256.HashData(Encoding.UTF8.GetBytes(name)));

    /// <param name="hash">At least 16 bytes of a cryptographic hash.</param>
    public static Guid FromHash(ReadOnlySpan<byte> hash)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(hash.Length, 16, nameof(hash));
        Span<byte> bytes = stackalloc byte[16];
        hash[..16].CopyTo(bytes);
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
