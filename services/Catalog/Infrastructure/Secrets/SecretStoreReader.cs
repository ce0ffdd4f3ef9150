using Dapr;
using Dapr.Client;
using Grpc.Core;

namespace PurchasePlatform.Catalog.Infrastructure.Secrets;

/// <summary>Reads the catalog's secrets from the Dapr secret store ("secretstore", config <c>Catalog:SecretStoreName</c>).</summary>
public sealed class SecretStoreReader(DaprClient dapr, IConfiguration configuration)
{
    public const string ConnectionStringKey = "catalog:connectionString";

    private string StoreName => configuration["Catalog:SecretStoreName"] is { Length: > 0 } name ? name : "secretstore";

    /// <returns>The secret, or null when the store has no such key.</returns>
    /// <exception cref="DaprException">The sidecar or the store could not be reached.</exception>
    public async Task<string?> GetOptionalAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            var values = await dapr.GetSecretAsync(StoreName, key, cancellationToken: cancellationToken);
            return values.TryGetValue(key, out var value) && value.Length > 0 ? value : values.Values.FirstOrDefault();
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
