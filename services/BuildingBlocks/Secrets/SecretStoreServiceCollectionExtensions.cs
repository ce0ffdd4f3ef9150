using Dapr.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace PurchasePlatform.BuildingBlocks.Secrets;

public static class SecretStoreServiceCollectionExtensions
{
    /// <summary>A <see cref="SecretStoreReader"/> of the store named by <c>&lt;section&gt;:SecretStoreName</c>, "secretstore" by default.</summary>
    public static IServiceCollection AddSecretStoreReader(this IServiceCollection services, string section) =>
        services.AddSingleton(provider => new SecretStoreReader(provider.GetRequiredService<DaprClient>(),
            provider.GetRequiredService<IConfiguration>()[$"{section}:SecretStoreName"] is { Length: > 0 } name ? name : "secretstore"));
}
