using Dapr;
using PurchasePlatform.BuildingBlocks.Secrets;

namespace PurchasePlatform.Cart.Infrastructure;

/// <summary>The snapshot signing secret (<c>cart:snapshotSecret</c>, seed 004's CART_SNAPSHOT_SECRET) from the Dapr secret store.</summary>
public sealed class SnapshotSecret(SecretStoreReader secrets, ILogger<SnapshotSecret> logger)
{
    public const string Key = "cart:snapshotSecret";

    /// <returns>The secret, or null when the store cannot be read or has none (snapshots cannot be signed then).</returns>
    public async Task<string?> GetAsync(CancellationToken cancellationToken)
    {
        try
        {
            var secret = await secrets.GetOptionalAsync(Key, cancellationToken);
            if (secret is null)
            {
                logger.LogError("The secret store has no {SecretKey}: snapshots cannot be signed", Key);
            }

            return secret;
        }
        catch (DaprException ex)
        {
            logger.LogError(ex, "Reading {SecretKey} from the secret store failed", Key);
            return null;
        }
    }
}
