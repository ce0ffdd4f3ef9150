using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PurchasePlatform.BuildingBlocks.Hosting;
using PurchasePlatform.BuildingBlocks.Outbox;
using PurchasePlatform.BuildingBlocks.Persistence;
using PurchasePlatform.Orders.Application;
using PurchasePlatform.Orders.Infrastructure.Cart;
using PurchasePlatform.Orders.Infrastructure.Catalog;
using PurchasePlatform.Orders.Infrastructure.Persistence;
using PurchasePlatform.Orders.Infrastructure.Snapshots;

namespace PurchasePlatform.Orders.Infrastructure;

public static class InfrastructureServiceCollectionExtensions
{
    private static readonly TimeSpan InvocationTimeout = TimeSpan.FromSeconds(10);

    public static IServiceCollection AddOrders(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<OrdersOptions>(configuration.GetSection(OrdersOptions.Section));
        services.TryAddSingleton(TimeProvider.System);

        services.AddServiceDatabase<OrdersDbContext>("Orders", SchemaCreation.Migrate);
        services.AddProviderContexts<OrdersDbContext, SqliteOrdersDbContext, PostgresOrdersDbContext>(
            provider => provider.GetRequiredService<OutboxSignalInterceptor>());
        services.AddOutbox<OrdersDbContext>(configuration);

        services.AddSingleton<ISnapshotVerifier, SecretStoreSnapshotVerifier>();
        services.AddHttpClient<ICartSnapshotSource, DaprCartSnapshotSource>((provider, client) =>
            SidecarInvocation.Configure(client, configuration, provider.GetRequiredService<IOptions<OrdersOptions>>().Value.CartAppId, InvocationTimeout));
        services.AddHttpClient<IProductCatalog, DaprProductCatalog>((provider, client) =>
            SidecarInvocation.Configure(client, configuration, provider.GetRequiredService<IOptions<OrdersOptions>>().Value.CatalogAppId, InvocationTimeout));

        services.AddScoped<OrderPlacement>();
        services.AddScoped<OrderUpdates>();
        services.AddScoped<OrderDrafts>();
        services.AddScoped<EventConsumers>();
        return services;
    }
}
