using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PurchasePlatform.Identity.Tokens;

namespace PurchasePlatform.Identity.Tests.Tokens;

/// <summary>Identity's token services as AddIdentityTokens registers them, over an in-memory secret store.</summary>
public static class TokenServices
{
    public static ServiceProvider Create(InMemorySigningKeySecrets secrets, TimeProvider? clock = null, IDictionary<string, string?>? settings = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<ISigningKeySecrets>(secrets);
        if (clock is not null)
        {
            services.AddSingleton(clock);
        }

        return services.AddIdentityTokens(configuration).BuildServiceProvider();
    }

    public static async Task<ServiceProvider> CreateLoadedAsync(InMemorySigningKeySecrets secrets, TimeProvider? clock = null)
    {
        var provider = Create(secrets, clock);
        await provider.GetRequiredService<ISigningKeySource>().RefreshAsync(CancellationToken.None);
        return provider;
    }
}
