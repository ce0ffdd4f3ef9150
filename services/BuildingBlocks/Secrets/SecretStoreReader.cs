using Dapr;
using Dapr.Client;
using Grpc.Core;

namespace PurchasePlatform.BuildingBlocks.Secrets;

/// <summary>Reads a service's secrets from its Dapr secret store.</summary>
public sealed class SecretStoreReader(DaprClient dapr, string storeName)
{
    public string StoreName => storeName;

    /// <returns>The secret, or null when the store has no such key or holds it empty.</returns>
    /// <exception cref="DaprException">The sidecar or the store could not be reached.</exception>
    public async Task<string?> GetOptionalAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            var values = await dapr.GetSecretAsync(storeName, key, cancellationToken: cancellationToken);
            if (values is null)
            {
                return null;
            }

            var value = values.TryGetValue(key, out var exact) && exact.Length > 0 ? exact : values.Values.FirstOrDefault();
            return string.IsNullOrEmpty(value) ? null : value;
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
