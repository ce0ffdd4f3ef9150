using System.Text.Json.Nodes;
using Dapr;
using PurchasePlatform.BuildingBlocks.Snapshots;
using PurchasePlatform.BuildingBlocks.Secrets;

namespace PurchasePlatform.Orders.Infrastructure.Snapshots;

/// <summary>Verifies with <see cref="CartSnapshotSigner"/> and <c>cart:snapshotSecret</c>, read from the secret store on each check (it may rotate).</summary>
public sealed class SecretStoreSnapshotVerifier(SecretStoreReader secrets, ILogger<SecretStoreSnapshotVerifier> logger) : ISnapshotVerifier
{
    public const string SnapshotSecretKey = "cart:snapshotSecret";

    public async Task<bool> IsValidAsync(JsonObject snapshot, CancellationToken cancellationToken)
    {
        string? secret;
        try
        {
            secret = await secrets.GetOptionalAsync(SnapshotSecretKey, cancellationToken);
        }
        catch (DaprException ex)
        {
            logger.LogError(ex, "Reading {SecretKey} from the secret store failed", SnapshotSecretKey);
            throw new SnapshotSecretUnavailableException("The snapshot secret could not be read", ex);
        }

        if (secret is null)
        {
            throw new SnapshotSecretUnavailableException($"The secret store has no {SnapshotSecretKey}");
        }

        return CartSnapshotSigner.IsValid(snapshot, secret);
    }
}
