using Microsoft.EntityFrameworkCore;

namespace PurchasePlatform.Catalog.Infrastructure.Persistence;

/// <summary>
/// Which database the catalog uses, decided once at start-up: PostgreSQL when the secret store holds
/// <c>catalog:connectionString</c>, otherwise the embedded SQLite file of <c>ConnectionStrings:Catalog</c>.
/// </summary>
public sealed class CatalogDatabase
{
    public const string DefaultSqliteConnectionString = "Data Source=catalog.db";

    private DatabaseTarget? _target;

    public DatabaseTarget Target => _target ?? throw new InvalidOperationException("The catalog database is used before start-up chose it.");

    public void Use(DatabaseTarget target) => _target = target;

    /// <summary>The context of the chosen provider, each with its own migrations.</summary>
    public CatalogDbContext Context(IServiceProvider services) => Target.Provider switch
    {
        DatabaseProvider.PostgreSql => services.GetRequiredService<PostgresCatalogDbContext>(),
        _ => services.GetRequiredService<SqliteCatalogDbContext>(),
    };
}

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}

public sealed record DatabaseTarget(DatabaseProvider Provider, string ConnectionString)
{
    public override string ToString() => Provider.ToString(); // the connection string may hold a password
}
