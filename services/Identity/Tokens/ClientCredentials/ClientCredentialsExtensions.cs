using Microsoft.Extensions.DependencyInjection.Extensions;

namespace PurchasePlatform.Identity.Tokens.ClientCredentials;

public static class ClientCredentialsExtensions
{
    /// <summary>Service clients from <c>Identity:Clients</c> with their secrets from the Dapr secret store, and their token issuer.</summary>
    public static IServiceCollection AddClientCredentials(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ServiceClientOptions>().Configure(options =>
        {
            foreach (var section in configuration.GetSection(ServiceClientOptions.SectionName).GetChildren())
            {
                options.Clients[section.Key] = new ServiceClient { Scopes = section["Scopes"] ?? "" };
            }
        });
        services.TryAddSingleton<IClientSecretSource, DaprClientSecretSource>();
        services.TryAddSingleton<ServiceTokenIssuer>();
        return services;
    }
}
