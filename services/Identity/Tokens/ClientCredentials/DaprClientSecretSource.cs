using Dapr.Client;
using Microsoft.Extensions.Options;
using PurchasePlatform.BuildingBlocks.Secrets;

namespace PurchasePlatform.Identity.Tokens.ClientCredentials;

/// <summary>Client secrets from the Dapr secret store (<see cref="IdentityTokenOptions.SecretStore"/>), kept for a minute.</summary>
internal sealed class DaprClientSecretSource(DaprClient dapr, IOptions<IdentityTokenOptions> options, TimeProvider clock) : IClientSecretSource
{
    private readonly SecretStoreReader secrets = new(dapr, options.Value.SecretStore);
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

        var secret = await secrets.GetOptionalAsync(ServiceClientOptions.SecretName(clientId), cancellationToken);

        lock (gate)
        {
            cache[clientId] = (secret, clock.GetUtcNow());
        }

        return secret;
    }
}
