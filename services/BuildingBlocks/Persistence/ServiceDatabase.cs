using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using PurchasePlatform.BuildingBlocks.Secrets;

namespace PurchasePlatform.BuildingBlocks.Persistence;

/// <summary>
/// Which database a service uses, decided once at start-up: PostgreSQL when the secret store holds
/// <c>&lt;service&gt;:connectionString</c> (e.g. <c>orders:connectionString</c>), otherwise the embedded SQLite file of
/// <c>ConnectionStrings:&lt;Service&gt;</c>, or <c>&lt;service&gt;.db</c> when that is not set.
/// </summary>
/// <param name="serviceName">As in its configuration, e.g. "Orders".</param>
public sealed class ServiceDatabase(string serviceName, SchemaCreation schema)
{
    private DatabaseTarget? target;

    public string ServiceName => serviceName;

    public SchemaCreation Schema => schema;

    public string ConnectionStringSecretKey => serviceName.ToLowerInvariant() + ":connectionString";

    public string DefaultSqliteConnectionString => $"Data Source={serviceName.ToLowerInvariant()}.db";

    public DatabaseTarget Target => target ?? throw new InvalidOperationException($"The {serviceName} database is used before start-up chose it.");

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

    public async Task<DatabaseTarget> ChooseAsync(SecretStoreReader secrets, IConfiguration configuration, CancellationToken cancellationToken)
    {
        var postgres = await secrets.GetOptionalAsync(ConnectionStringSecretKey, cancellationToken);
        if (postgres is not null)
        {
            return new DatabaseTarget(DatabaseProvider.PostgreSql, postgres);
        }

        var sqlite = configuration.GetConnectionString(serviceName);
        return new DatabaseTarget(DatabaseProvider.Sqlite, string.IsNullOrWhiteSpace(sqlite) ? DefaultSqliteConnectionString : sqlite);
    }
}
