using Microsoft.Extensions.DependencyInjection.Extensions;
using PurchasePlatform.BuildingBlocks.Outbox;
using PurchasePlatform.BuildingBlocks.Persistence;
using PurchasePlatform.Notifications.Events;

namespace PurchasePlatform.Notifications.Infrastructure;

public static class NotificationsServiceCollectionExtensions
{
    /// <summary>The database, the outbox, the event intake, then each feature's own registrations.</summary>
    public static IServiceCollection AddNotificationsService(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddServiceDatabase<NotificationsDbContext>("Notifications", SchemaCreation.Migrate);
        services.AddProviderContextFactories<NotificationsDbContext, SqliteNotificationsDbContext, PostgresNotificationsDbContext>(
            provider => provider.GetRequiredService<OutboxSignalInterceptor>());
        services.AddOutbox<NotificationsDbContext>(configuration);
        services.AddScoped<EventIntake>();
        return services;
    }
}
