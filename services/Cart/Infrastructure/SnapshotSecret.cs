using Dapr;
using Dapr.Client;
using Microsoft.Extensions.Options;

namespace PurchasePlatform.Cart.Infrastructure;

/// <summary>The snapshot signing secret (<c>cart:snapshotSecret</c>, seed 004's CART_SNAPSHOT_SECRET) from the Dapr secret store.</summary>
public sealed class SnapshotSecret(DaprClient dapr, IOptions<CartOptions> options, ILogger<SnapshotSecret> logger)
{
    public const string Key = "cart:snapshotSecret";

    /// <returns>The secret, or null when the store cannot be read or has none (snapshots cannot be signed then).</returns>
    public async Task<string?> GetAsync(CancellationToken cancellationToken)
    {
        try
        {
            var values = await dapr.GetSecretAsync(options.Value.SecretStoreName, Key, cancellationToken: cancellationToken);
            var secret = values.TryGetValue(Key, out var value) && value.Length > 0 ? value : values.Values.FirstOrDefault();
            if (string.IsNullOrEmpty(secret))
            {
                logger.LogError("The secret store has no {SecretKey}: snapshots cannot be signed", Key);
            }

            return string.IsNullOrEmpty(secret) ? null : secret;
        }
        catch (DaprException ex)
        {
            logger.LogError(ex, "Reading {SecretKey} from the secret store failed", Key);
            return null;
        }
    }
}
