namespace PurchasePlatform.Notifications.Webhooks;

/// <summary>Webhooks: seed 003's registration, the deliveries made for platform events, signed and retried.</summary>
public static class WebhooksExtensions
{
    public static IServiceCollection AddWebhooks(this IServiceCollection services, IConfiguration configuration) => services;

    public static IEndpointRouteBuilder MapWebhooksApi(this IEndpointRouteBuilder app) => app;
}
