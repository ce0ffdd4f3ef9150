using Microsoft.Extensions.Options;
using PurchasePlatform.Notifications.Events;

namespace PurchasePlatform.Notifications.Webhooks;

/// <summary>Webhooks: seed 003's registration, the deliveries made for platform events, signed and retried.</summary>
public static class WebhooksExtensions
{
    public static IServiceCollection AddWebhooks(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WebhooksOptions>().Bind(configuration.GetSection(WebhooksOptions.Section));
        services.AddOptions<WebhookDeliveryOptions>().Bind(configuration.GetSection(WebhookDeliveryOptions.Section))
            .Validate(options => options.IsValid(),
                "Webhooks:Delivery: PollInterval, Timeout, BatchSize and Concurrency above 0, ClaimDuration above Timeout")
            .ValidateOnStart();

        services.AddSingleton<WebhookSecretProtector>();
        services.AddHostedService<WebhookSecretKeyCheck>();
        services.AddScoped<IPlatformEventHandler, WebhookFanOut>();
        services.AddSingleton<WebhookDispatcher>();
        services.AddHostedService<WebhookDeliveryService>();
        services.AddHttpClient(WebhookDispatcher.HttpClientName, (provider, client) =>
                client.Timeout = provider.GetRequiredService<IOptions<WebhookDeliveryOptions>>().Value.Timeout)
            .ConfigurePrimaryHttpMessageHandler(provider => new SocketsHttpHandler
            {
                // A redirect could lead past the registration's address check; receivers must answer at the registered URL.
                AllowAutoRedirect = false,
                UseCookies = false,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                ConnectCallback = provider.GetRequiredService<IOptions<WebhooksOptions>>().Value.AllowPrivateNetworks
                    ? null
                    : PrivateNetworks.ConnectToPublicAddressAsync,
            });
        return services;
    }

    public static IEndpointRouteBuilder MapWebhooksApi(this IEndpointRouteBuilder app) => app.MapWebhooksRoutes();
}
