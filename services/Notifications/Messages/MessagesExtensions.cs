using PurchasePlatform.Notifications.Events;
using PurchasePlatform.Notifications.Messages.Api;
using PurchasePlatform.Notifications.Messages.Delivery;
using PurchasePlatform.Notifications.Messages.PlatformEvents;

namespace PurchasePlatform.Notifications.Messages;

/// <summary>E-mail and SMS notifications: seed 003's routes, their delivery, and the mails sent for platform events.</summary>
public static class MessagesExtensions
{
    /// <summary>The simulated providers, the delivery pass and its worker ("Notifications:Delivery", validated at start), the event mails.</summary>
    public static IServiceCollection AddMessages(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DeliveryOptions>().Bind(configuration.GetSection(DeliveryOptions.Section))
            .Validate(options => options.IsValid(),
                "Notifications:Delivery: PollInterval, MaxAttempts, BackoffBase, ClaimDuration and BatchSize above 0, BackoffMax at least BackoffBase")
            .ValidateOnStart();
        services.Configure<AccountLinksOptions>(configuration.GetSection(AccountLinksOptions.Section));
        services.AddSingleton<IEmailSender, SimulatedEmailSender>();
        services.AddSingleton<ISmsSender, SimulatedSmsSender>();
        services.AddSingleton<NotificationDelivery>();
        services.AddHostedService<DeliveryService>();
        services.AddScoped<IPlatformEventHandler, NotificationEventHandler>();
        return services;
    }

    public static IEndpointRouteBuilder MapMessagesApi(this IEndpointRouteBuilder app)
    {
        app.MapNotificationsApi();
        return app;
    }
}
