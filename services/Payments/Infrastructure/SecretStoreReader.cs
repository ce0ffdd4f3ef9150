using Dapr;
using Dapr.Client;
using Grpc.Core;

namespace PurchasePlatform.Payments.Infrastructure;

/// <summary>Reads Payments' secrets from the Dapr secret store ("secretstore", config <c>Payments:SecretStoreName</c>).</summary>
public sealed class SecretStoreReader(DaprClient dapr, IConfiguration configuration)
{
    public const string ConnectionStringKey = "payments:connectionString";

    private string StoreName => configuration["Payments:SecretStoreName"] is { Length: > 0 } name ? name : "secretstore";

    /// <returns>The secret, or null when the store has no such key.</returns>
    public async Task<string?> GetOptionalAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            var values = await dapr.GetSecretAsync(StoreName, key, cancellationToken: cancellationToken);
            if (values is null)
            {
                return null;
            }

            return values.TryGetValue(key, out var value) && value.Length > 0 ? value : values.Values.FirstOrDefault();
        }
        catch (DaprException ex) when (IsMissingKey(ex))
        {
            return null;
        }
    }

    // daprd answers a key the store does not have with ERR_SECRET_GET, which reaches gRPC clients as Internal.
    private static bool IsMissingKey(DaprException ex) => ex.InnerException is RpcException { StatusCode: StatusCode.Internal };
}
