using Dapr;
using Dapr.Client;
using Grpc.Core;
using Microsoft.Extensions.Options;

namespace PurchasePlatform.Orders.Infrastructure.Secrets;

/// <summary>Reads Orders' secrets from the Dapr secret store (<c>Orders:SecretStoreName</c>).</summary>
public sealed class SecretStoreReader(DaprClient dapr, IOptions<OrdersOptions> options)
{
    public const string ConnectionStringKey = "orders:connectionString";
    public const string SnapshotSecretKey = "cart:snapshotSecret";

    /// <returns>The secret, or null when the store has no such key.</returns>
    /// <exception cref="DaprException">The sidecar or the store could not be reached.</exception>
    public async Task<string?> GetOptionalAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            var values = await dapr.GetSecretAsync(options.Value.SecretStoreName, key, cancellationToken: cancellationToken);
            var value = values.TryGetValue(key, out var exact) && exact.Length > 0 ? exact : values.Values.FirstOrDefault();
            return string.IsNullOrEmpty(value) ? null : value;
        }
        catch (DaprException ex) when (IsMissingKey(ex))
        {
            return null;
        }
    }

    // daprd answers a key the store does not have with ERR_SECRET_GET, which reaches gRPC clients as Internal.
    private static bool IsMissingKey(DaprException ex) => ex.InnerException is RpcException { StatusCode: StatusCode.Internal };
}
