using Dapr.Client;
using Microsoft.EntityFrameworkCore;
using PurchasePlatform.Identity.Infrastructure.Persistence;
using PurchasePlatform.Identity.Infrastructure.Secrets;

namespace PurchasePlatform.Identity.Infrastructure;

/// <summary>
/// Runs before Identity serves requests: waits for the Dapr sidecar, chooses the database from the secret store,
/// creates the schema if it is missing, and seeds the administrator.
/// </summary>
public sealed class IdentityStartup(DaprClient dapr, SecretStoreReader secrets, IdentityDatabase database, IServiceScopeFactory scopes,
    IConfiguration configuration, ILogger<IdentityStartup> logger)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await WaitForSidecarAsync(cancellationToken);
        database.Use(await ChooseDatabaseAsync(cancellationToken));
        logger.LogInformation("Identity uses {Database}", database.Target);

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        await db.Database.EnsureCreatedAsync(cancellationToken);
        if (database.Target.Provider == DatabaseProvider.Sqlite)
        {
            // Readers no longer wait for the writer: requests and the outbox relay use the file at the same time.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        await scope.ServiceProvider.GetRequiredService<AdministratorSeeder>().SeedAsync(cancellationToken);
    }

    private async Task WaitForSidecarAsync(CancellationToken cancellationToken)
    {
        var timeout = configuration.GetValue("Identity:SidecarWaitTimeout", TimeSpan.FromSeconds(60));
        using var waiting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        waiting.CancelAfter(timeout);
        try
        {
            await dapr.WaitForSidecarAsync(waiting.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"Identity needs its Dapr sidecar (secrets, pub/sub) and it did not answer within {timeout}");
        }
    }

    private async Task<DatabaseTarget> ChooseDatabaseAsync(CancellationToken cancellationToken)
    {
        var postgres = await secrets.GetOptionalAsync(SecretStoreReader.ConnectionStringKey, cancellationToken);
        if (postgres is not null)
        {
            return new DatabaseTarget(DatabaseProvider.PostgreSql, postgres);
        }

        var sqlite = configuration.GetConnectionString("Identity");
        return new DatabaseTarget(DatabaseProvider.Sqlite, string.IsNullOrWhiteSpace(sqlite) ? IdentityDatabase.DefaultSqliteConnectionString : sqlite);
    }
}
