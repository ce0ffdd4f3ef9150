using Dapr;
using Dapr.Client;
using Grpc.Core;

namespace PurchasePlatform.BuildingBlocks.Secrets;

/// <summary>Reads a service's secrets from its Dapr secret store.</summary>
public sealed class SecretStoreReader(DaprClient dapr, string storeName)
{
    public string StoreName => storeName;

    /// <param name="address">The value's <see cref="SecretAddress"/>, e.g. <c>cart:snapshotSecret</c>.</param>
    /// <returns>The value, or null when the store has no such secret or key, or holds it empty.</returns>
    /// <exception cref="DaprException">The sidecar or the store could not be reached.</exception>
    public async Task<string?> GetOptionalAsync(string address, CancellationToken cancellationToken)
    {
        var parsed = SecretAddress.Parse(address);
        try
        {
            return parsed.ValueIn(await dapr.GetSecretAsync(storeName, parsed.Secret, cancellationToken: cancellationToken));
        }
        catch (DaprException ex) when (IsMissingKey(ex))
        {
            return null;
        }
    }

    // daprd answers a key the store does not have with ERR_SECRET_GET, which reaches gRPC clients as Internal
    // (an unreachable sidecar is Unavailable, an unknown store InvalidArgument).
    private static bool IsMissingKey(DaprException ex) => ex.InnerException is RpcException { StatusCode: StatusCode.Internal };
}
