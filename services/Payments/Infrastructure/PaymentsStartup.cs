using Dapr.Client;
using Microsoft.EntityFrameworkCore;

namespace PurchasePlatform.Payments.Infrastructure;

/// <summary>
/// Runs before Payments serves requests: waits for the Dapr sidecar, chooses the database from the secret store and
/// creates the schema if it is missing (EnsureCreated: there are no migrations yet).
/// </summary>
public sealed class PaymentsStartup(DaprClient dapr, SecretStoreReader secrets, PaymentsDatabase database, IServiceScopeFactory scopes,
    IConfiguration configuration, ILogger<PaymentsStartup> logger)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await WaitForSidecarAsync(cancellationToken);
        database.Use(await ChooseDatabaseAsync(cancellationToken));
        logger.LogInformation("Payments uses {Database}", database.Target);

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PaymentsDbContext>();
        await db.Database.EnsureCreatedAsync(cancellationToken);
        if (database.Target.Provider == DatabaseProvider.Sqlite)
        {
            // Readers no longer wait for the writer: requests and the outbox relay use the file at the same time.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }

    private async Task WaitForSidecarAsync(CancellationToken cancellationToken)
    {
        var timeout = configuration.GetValue("Payments:SidecarWaitTimeout", TimeSpan.FromSeconds(60));
        using var waiting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        waiting.CancelAfter(timeout);
        try
        {
            await dapr.WaitForSidecarAsync(waiting.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"Payments needs its Dapr sidecar (secrets, pub/sub) and it did not answer within {timeout}");
        }
    }

    private async Task<DatabaseTarget> ChooseDatabaseAsync(CancellationToken cancellationToken)
    {
        var postgres = await secrets.GetOptionalAsync(SecretStoreReader.ConnectionStringKey, cancellationToken);
        if (postgres is not null)
        {
            return new DatabaseTarget(DatabaseProvider.PostgreSql, postgres);
        }

        var sqlite = configuration.GetConnectionString("Payments");
        return new DatabaseTarget(DatabaseProvider.Sqlite, string.IsNullOrWhiteSpace(sqlite) ? PaymentsDatabase.DefaultSqliteConnectionString : sqlite);
    }
}
