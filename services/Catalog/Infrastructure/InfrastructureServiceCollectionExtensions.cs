using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PurchasePlatform.Catalog.Infrastructure.Outbox;
using PurchasePlatform.Catalog.Infrastructure.Persistence;
using PurchasePlatform.Catalog.Infrastructure.Secrets;
using PurchasePlatform.Catalog.Infrastructure.Seeding;

namespace PurchasePlatform.Catalog.Infrastructure;

public static class InfrastructureServiceCollectionExtensions
{
    public static IServiceCollection AddCatalogInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton<CatalogDatabase>();
        services.AddDbContext<SqliteCatalogDbContext>((provider, options) =>
            options.UseSqlite(provider.GetRequiredService<CatalogDatabase>().Target.ConnectionString));
        services.AddDbContext<PostgresCatalogDbContext>((provider, options) =>
            options.UseNpgsql(provider.GetRequiredService<CatalogDatabase>().Target.ConnectionString));
        services.AddScoped(provider => provider.GetRequiredService<CatalogDatabase>().Context(provider));

        services.AddSingleton<SecretStoreReader>();
        services.AddSingleton<OutboxSignal>();
        services.Configure<OutboxOptions>(configuration.GetSection(OutboxOptions.Section));
        services.AddSingleton<OutboxPublisher>();
        services.AddHostedService<OutboxRelay>();

        services.AddScoped<CatalogSeeder>();
        services.AddSingleton<CatalogStartup>();
        return services;
    }
}
