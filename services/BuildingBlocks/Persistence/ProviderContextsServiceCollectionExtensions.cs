using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace PurchasePlatform.BuildingBlocks.Persistence;

/// <summary>
/// A service's context with one subclass per provider (each keeping its own migrations): both subclasses registered
/// on their provider with the service's interceptor, and the shared <typeparamref name="TContext"/> resolved to the one
/// the <see cref="ServiceDatabase"/> chose at start.
/// </summary>
public static class ProviderContextsServiceCollectionExtensions
{
    /// <summary>Scoped contexts, as <c>AddDbContext</c> registers them.</summary>
    public static IServiceCollection AddProviderContexts<TContext, TSqlite, TPostgres>(this IServiceCollection services,
        Func<IServiceProvider, IInterceptor> interceptor)
        where TContext : DbContext
        where TSqlite : TContext
        where TPostgres : TContext
    {
        services.AddDbContext<TSqlite>((provider, options) => UseSqlite(provider, options, interceptor));
        services.AddDbContext<TPostgres>((provider, options) => UsePostgres(provider, options, interceptor));
        return services.AddScoped<TContext>(Chosen<TContext, TSqlite, TPostgres>);
    }

    /// <summary>The same with context factories too: <c>IDbContextFactory&lt;TContext&gt;</c> creates the chosen provider's context.</summary>
    public static IServiceCollection AddProviderContextFactories<TContext, TSqlite, TPostgres>(this IServiceCollection services,
        Func<IServiceProvider, IInterceptor> interceptor)
        where TContext : DbContext
        where TSqlite : TContext
        where TPostgres : TContext
    {
        services.AddDbContextFactory<TSqlite>((provider, options) => UseSqlite(provider, options, interceptor));
        services.AddDbContextFactory<TPostgres>((provider, options) => UsePostgres(provider, options, interceptor));
        services.AddSingleton<IDbContextFactory<TContext>, ProviderContextFactory<TContext, TSqlite, TPostgres>>();
        return services.AddScoped<TContext>(Chosen<TContext, TSqlite, TPostgres>);
    }

    private static void UseSqlite(IServiceProvider provider, DbContextOptionsBuilder options, Func<IServiceProvider, IInterceptor> interceptor) =>
        options.UseSqlite(provider.GetRequiredService<ServiceDatabase>().Target.ConnectionString).AddInterceptors(interceptor(provider));

    private static void UsePostgres(IServiceProvider provider, DbContextOptionsBuilder options, Func<IServiceProvider, IInterceptor> interceptor) =>
        options.UseNpgsql(provider.GetRequiredService<ServiceDatabase>().Target.ConnectionString).AddInterceptors(interceptor(provider));

    private static TContext Chosen<TContext, TSqlite, TPostgres>(IServiceProvider provider)
        where TContext : DbContext
        where TSqlite : TContext
        where TPostgres : TContext =>
        provider.GetRequiredService<ServiceDatabase>().Target.Provider == DatabaseProvider.PostgreSql
            ? provider.GetRequiredService<TPostgres>()
            : provider.GetRequiredService<TSqlite>();

    private sealed class ProviderContextFactory<TContext, TSqlite, TPostgres>(ServiceDatabase database, IDbContextFactory<TSqlite> sqlite,
        IDbContextFactory<TPostgres> postgres) : IDbContextFactory<TContext>
        where TContext : DbContext
        where TSqlite : TContext
        where TPostgres : TContext
    {
        public TContext CreateDbContext() =>
            database.Target.Provider == DatabaseProvider.PostgreSql ? postgres.CreateDbContext() : sqlite.CreateDbContext();
    }
}
