using LocalDapr.Components;
using LocalDapr.Secrets;

namespace LocalDapr.Runtime;

/// <summary>The secrets building block for one app.</summary>
public sealed class SecretsApi(AppComponents components)
{
    public async Task<IReadOnlyDictionary<string, string>> GetAsync(string storeName, string key, CancellationToken cancellationToken)
    {
        var store = Resolve(storeName);
        var values = await store.GetAsync(key, cancellationToken);
        return values ?? throw DaprErrors.SecretGet(key, storeName, $"secret {key} not found");
    }

    public Task<IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>> GetBulkAsync(string storeName, CancellationToken cancellationToken) =>
        Resolve(storeName).GetBulkAsync(cancellationToken);

    private ISecretStore Resolve(string storeName)
    {
        if (components.SecretStores.Count == 0) throw DaprErrors.SecretStoreNotConfigured();
        return components.SecretStores.TryGetValue(storeName, out var found) ? found.Store : throw DaprErrors.SecretStoreNotFound(storeName);
    }
}
