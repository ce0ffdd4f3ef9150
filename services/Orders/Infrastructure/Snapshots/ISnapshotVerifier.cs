using System.Text.Json.Nodes;

namespace PurchasePlatform.Orders.Infrastructure.Snapshots;

/// <summary>Checks a cart snapshot's signature (seed 004: HMAC with the shared CART_SNAPSHOT_SECRET).</summary>
public interface ISnapshotVerifier
{
    /// <exception cref="SnapshotSecretUnavailableException">the secret could not be read, so nothing can be checked.</exception>
    Task<bool> IsValidAsync(JsonObject snapshot, CancellationToken cancellationToken);
}

public sealed class SnapshotSecretUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
