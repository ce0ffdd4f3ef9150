using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PurchasePlatform.BuildingBlocks.Secrets;

namespace PurchasePlatform.BuildingBlocks.Persistence;

public static class ServiceDatabaseServiceCollectionExtensions
{
    /// <summary>
    /// The <see cref="ServiceDatabase"/> of <paramref name="serviceName"/>, the <see cref="SecretStoreReader"/> it is chosen
    /// by and the <see cref="DatabaseStartup{TContext}"/> to run before serving. The service registers its context itself.
    /// </summary>
    public static IServiceCollection AddServiceDatabase<TContext>(this IServiceCollection services, string serviceName, SchemaCreation schema)
        where TContext : DbContext
    {
        services.AddSingleton(new ServiceDatabase(serviceName, schema));
        services.AddSecretStoreReader(serviceName);
        services.AddSingleton<DatabaseStartup<TContext>>();
        return services;
    }
}
