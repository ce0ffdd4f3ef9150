using PurchasePlatform.BuildingBlocks.Identifiers;

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

        return DeterministicGuid.FromName($"purchase\n{userId}\n{idempotencyKey}").ToString("D");
    }
}
