using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PurchasePlatform.BuildingBlocks.Outbox;
using PurchasePlatform.BuildingBlocks.Persistence;
using PurchasePlatform.Catalog.Infrastructure.Outbox;
using PurchasePlatform.Catalog.Infrastructure.Persistence;
using PurchasePlatform.Catalog.Infrastructure.Seeding;

namespace PurchasePlatform.Catalog.Infrastructure;

public static class InfrastructureServiceCollectionExtensions
{
    public static IServiceCollection AddCatalogInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);

        services.AddServiceDatabase<CatalogDbContext>("Catalog", SchemaCreation.Migrate);
        services.AddProviderContexts<CatalogDbContext, SqliteCatalogDbContext, PostgresCatalogDbContext>(
            provider => provider.GetRequiredService<OutboxSignalInterceptor>());

        services.AddOutbox<CatalogDbContext, CatalogEvent, CatalogEventFormat>(configuration);

        services.AddScoped<CatalogSeeder>();
        services.AddScoped<IDatabaseSeeder>(provider => provider.GetRequiredService<CatalogSeeder>());
        return services;
    }
}
