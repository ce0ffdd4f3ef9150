using System.Security.Cryptography;
using System.Text;
using PurchasePlatform.BuildingBlocks.Identifiers;

namespace PurchasePlatform.Inventory.Domain;

/// <summary>
/// Stable derivations from an order key: the flash order id (the same after any retry or restart) and the
/// shard a walk starts at. SHA-256, never string.GetHashCode, so every instance and run agrees.
/// </summary>
public static class OrderKeys
{
    public static Guid FlashOrderId(string userId, string productId, string idempotencyKey) =>
        DeterministicGuid.FromHash(FlashHash(userId, productId, idempotencyKey));

    public static int FlashStartShard(string userId, string productId, string idempotencyKey, int shardCount) =>
        StartShard(FlashHash(userId, productId, idempotencyKey), shardCount);

    public static int ReservationStartShard(string productId, string key, int shardCount) =>
        StartShard(Hash($"reservation\n{productId}\n{key}"), shardCount);

    /// <summary>Every shard once, from <paramref name="start"/> on, wrapping around.</summary>
    public static IEnumerable<int> Walk(int start, int shardCount) =>
        Enumerable.Range(0, shardCount).Select(step => (start + step) % shardCount);

    private static byte[] FlashHash(string userId, string productId, string idempotencyKey) =>
        Hash($"flash\n{userId}\n{productId}\n{idempotencyKey}");

    // Bytes 16..19 are not used by the order id, so the start shard does not depend on its version bits.
    private static int StartShard(byte[] hash, int shardCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(shardCount, 1);
        return (int)(System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(hash.AsSpan(16, 4)) % (uint)shardCount);
    }

    private static byte[] Hash(string text) => SHA256.HashData(Encoding.UTF8.GetBytes(text));
}
