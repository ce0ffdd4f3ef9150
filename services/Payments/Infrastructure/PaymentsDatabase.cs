using Microsoft.EntityFrameworkCore;

namespace PurchasePlatform.Payments.Infrastructure;

/// <summary>
/// Which database Payments uses, decided once at start-up: PostgreSQL when the secret store holds
/// <c>payments:connectionString</c>, otherwise the embedded SQLite file of <c>ConnectionStrings:Payments</c>.
/// </summary>
public sealed class PaymentsDatabase
{
    public const string DefaultSqliteConnectionString = "Data Source=payments.db";

    private DatabaseTarget? target;

    public DatabaseTarget Target => target ?? throw new InvalidOperationException("The Payments database is used before start-up chose it.");

    public void Use(DatabaseTarget chosen) => target = chosen;

    public void Configure(DbContextOptionsBuilder options)
    {
        var chosen = Target;
        _ = chosen.Provider switch
        {
            DatabaseProvider.PostgreSql => options.UseNpgsql(chosen.ConnectionString),
            _ => options.UseSqlite(chosen.ConnectionString),
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
