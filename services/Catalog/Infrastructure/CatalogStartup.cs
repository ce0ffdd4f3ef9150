using Dapr.Client;
using Microsoft.EntityFrameworkCore;
using PurchasePlatform.Catalog.Infrastructure.Persistence;
using PurchasePlatform.Catalog.Infrastructure.Secrets;
using PurchasePlatform.Catalog.Infrastructure.Seeding;

namespace PurchasePlatform.Catalog.Infrastructure;

/// <summary>
/// Runs before the catalog serves requests: waits for the Dapr sidecar, chooses the database from the secret store,
/// applies the migrations and loads the seed data into an empty catalog.
/// </summary>
public sealed class CatalogStartup(DaprClient dapr, SecretStoreReader secrets, CatalogDatabase database, IServiceScopeFactory scopes,
    IConfiguration configuration, ILogger<CatalogStartup> logger)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await WaitForSidecarAsync(cancellationToken);
        database.Use(await ChooseDatabaseAsync(cancellationToken));
        logger.LogInformation("Catalog uses {Database}", database.Target);

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogDbContext>();
        await db.Database.MigrateAsync(cancellationToken);
        if (database.Target.Provider == DatabaseProvider.Sqlite)
        {
            // Readers no longer wait for the writer: requests and the outbox relay use the file at the same time.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        await scope.ServiceProvider.GetRequiredService<CatalogSeeder>().SeedAsync(cancellationToken);
    }

    private async Task WaitForSidecarAsync(CancellationToken cancellationToken)
    {
        var timeout = configuration.GetValue("Catalog:SidecarWaitTimeout", TimeSpan.FromSeconds(60));
        using var waiting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        waiting.CancelAfter(timeout);
        try
        {
            await dapr.WaitForSidecarAsync(waiting.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"Catalog needs its Dapr sidecar (secrets, pub/sub) and it did not answer within {timeout}");
        }
    }

    private async Task<DatabaseTarget> ChooseDatabaseAsync(CancellationToken cancellationToken)
    {
        var postgres = await secrets.GetOptionalAsync(SecretStoreReader.ConnectionStringKey, cancellationToken);
        if (postgres is not null)
        {
            return new DatabaseTarget(DatabaseProvider.PostgreSql, postgres);
        }

        var sqlite = configuration.GetConnectionString("Catalog");
        return new DatabaseTarget(DatabaseProvider.Sqlite, string.IsNullOrWhiteSpace(sqlite) ? CatalogDatabase.DefaultSqliteConnectionString : sqlite);
    }
}
