using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace PurchasePlatform.BuildingBlocks.Persistence;

/// <summary>
/// Lets <c>dotnet ef migrations add ... --context &lt;TContext&gt;</c> build a service's SQLite context without starting
/// the app. A service declares one per provider context (<c>class SqliteXDesignTimeFactory : SqliteDesignTimeFactory&lt;SqliteXDbContext&gt;;</c>),
/// because the tools look for factories in the service's own assembly.
/// </summary>
public abstract class SqliteDesignTimeFactory<TContext> : IDesignTimeDbContextFactory<TContext>
    where TContext : DbContext
{
    public TContext CreateDbContext(string[] args) =>
        DesignTimeContexts.Create(new DbContextOptionsBuilder<TContext>().UseSqlite("Data Source=design-time.db").Options);
}

/// <summary>The PostgreSQL twin of <see cref="SqliteDesignTimeFactory{TContext}"/>: no server is contacted to add a migration.</summary>
public abstract class PostgresDesignTimeFactory<TContext> : IDesignTimeDbContextFactory<TContext>
    where TContext : DbContext
{
    public TContext CreateDbContext(string[] args) =>
        DesignTimeContexts.Create(new DbContextOptionsBuilder<TContext>().UseNpgsql("Host=localhost;Database=design-time").Options);
}

internal static class DesignTimeContexts
{
    public static TContext Create<TContext>(DbContextOptions<TContext> options)
        where TContext : DbContext =>
        (TContext)(Activator.CreateInstance(typeof(TContext), options)
            ?? throw new InvalidOperationException($"{typeof(TContext).Name} needs a constructor taking DbContextOptions<{typeof(TContext).Name}>"));
}
