using Microsoft.EntityFrameworkCore;

namespace PurchasePlatform.Identity.Infrastructure.Persistence;

/// <summary>
/// Which database Identity uses, decided once at start-up: PostgreSQL when the secret store holds
/// <c>identity:connectionString</c>, otherwise the embedded SQLite file of <c>ConnectionStrings:Identity</c>.
/// </summary>
public sealed class IdentityDatabase
{
    public const string DefaultSqliteConnectionString = "Data Source=identity.db";

    private DatabaseTarget? _target;

    public DatabaseTarget Target => _target ?? throw new InvalidOperationException("The Identity database is used before start-up chose it.");

    public void Use(DatabaseTarget target) => _target = target;

    public void Configure(DbContextOptionsBuilder options)
    {
        var target = Target;
        _ = target.Provider switch
        {
            DatabaseProvider.PostgreSql => options.UseNpgsql(target.ConnectionString),
            _ => options.UseSqlite(target.ConnectionString),
        };
    }
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
