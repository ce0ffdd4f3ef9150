using Dapr.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PurchasePlatform.BuildingBlocks.Hosting;

namespace PurchasePlatform.BuildingBlocks.ServiceIdentity;

public static class ServiceIdentityExtensions
{
    /// <summary>
    /// The service's own identity: <see cref="IServiceTokenProvider"/> (client id from <c>ServiceIdentity:ClientId</c>,
    /// secret from the Dapr secret store) and <see cref="ServiceTokenHandler"/> for HttpClients
    /// (<see cref="AddServiceToken"/>).
    /// </summary>
    public static IServiceCollection AddServiceIdentity(this IServiceCollection services, IConfiguration configuration, string clientId)
    {
        services.AddOptions<ServiceIdentityOptions>()
            .Bind(configuration.GetSection(ServiceIdentityOptions.SectionName))
            .PostConfigure(options => options.ClientId = string.IsNullOrWhiteSpace(options.ClientId) ? clientId : options.ClientId)
            .Validate(options => options.RefreshBeforeExpiry >= TimeSpan.Zero && options.RequestTimeout > TimeSpan.Zero,
                "ServiceIdentity: RefreshBeforeExpiry must not be negative and RequestTimeout must be positive");
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(ClientCredentialsTokenProvider.IdentityClientName, (provider, client) =>
                client.BaseAddress = new Uri($"http://{provider.GetRequiredService<IOptions<ServiceIdentityOptions>>().Value.IdentityAppId}/"))
            .AddHttpMessageHandler(provider => new InvocationHandler
            {
                DaprEndpoint = DaprEndpoints.SidecarHttpEndpoint(provider.GetRequiredService<IConfiguration>()).AbsoluteUri,
            });
        services.TryAddSingleton<IServiceTokenProvider, ClientCredentialsTokenProvider>();
        services.AddTransient<ServiceTokenHandler>();
        return services;
    }

    /// <summary>Sends the service's own token on this client's requests that carry no Authorization header.</summary>
    public static IHttpClientBuilder AddServiceToken(this IHttpClientBuilder builder) => builder.AddHttpMessageHandler<ServiceTokenHandler>();
}
