using Dapr;
using Dapr.Client;
using Grpc.Core;
using Microsoft.Extensions.Options;

namespace PurchasePlatform.Identity.Tokens.ClientCredentials;

/// <summary>Client secrets from the Dapr secret store (<see cref="IdentityTokenOptions.SecretStore"/>), kept for a minute.</summary>
internal sealed class DaprClientSecretSource(DaprClient dapr, IOptions<IdentityTokenOptions> options, TimeProvider clock) : IClientSecretSource
{
    private readonly Dictionary<string, (string? Secret, DateTimeOffset ReadAt)> cache = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    public async Task<string?> FindAsync(string clientId, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (cache.TryGetValue(clientId, out var cached) && clock.GetUtcNow() - cached.ReadAt < ServiceClientOptions.SecretCacheDuration)
            {
                return cached.Secret;
            }
        }

        var name = ServiceClientOptions.SecretName(clientId);
        string? secret;
        try
        {
            var values = await dapr.GetSecretAsync(options.Value.SecretStore, name, cancellationToken: cancellationToken);
            secret = values.TryGetValue(name, out var value) && value.Length > 0 ? value : values.Values.FirstOrDefault(v => v.Length > 0);
        }
        catch (DaprException ex) when (ex.InnerException is RpcException { StatusCode: StatusCode.Internal })
        {
            // daprd's ERR_SECRET_GET: the store has no such key.
            secret = null;
        }

        lock (gate)
        {
            cache[clientId] = (secret, clock.GetUtcNow());
        }

        return secret;
    }
}
