using Microsoft.EntityFrameworkCore;

namespace PurchasePlatform.Orders.Infrastructure.Persistence;

/// <summary>
/// Which database Orders uses, decided once at start-up: PostgreSQL when the secret store holds
/// <c>orders:connectionString</c>, otherwise the embedded SQLite file of <c>ConnectionStrings:Orders</c>.
/// </summary>
public sealed class OrdersDatabase
{
    public const string DefaultSqliteConnectionString = "Data Source=orders.db";

    private DatabaseTarget? _target;

    public DatabaseTarget Target => _target ?? throw new InvalidOperationException("The Orders database is used before start-up chose it.");

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
