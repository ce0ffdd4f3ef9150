using Dapr.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PurchasePlatform.Orders.Infrastructure.Persistence;
using PurchasePlatform.Orders.Infrastructure.Secrets;

namespace PurchasePlatform.Orders.Infrastructure;

/// <summary>
/// Runs before Orders serves requests: waits for the Dapr sidecar, chooses the database from the secret store and
/// creates the schema if it is missing (EnsureCreated: there are no migrations yet).
/// </summary>
public sealed class OrdersStartup(DaprClient dapr, SecretStoreReader secrets, OrdersDatabase database, IServiceScopeFactory scopes,
    IConfiguration configuration, IOptions<OrdersOptions> options, ILogger<OrdersStartup> logger)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await WaitForSidecarAsync(cancellationToken);
        database.Use(await ChooseDatabaseAsync(cancellationToken));
        logger.LogInformation("Orders uses {Database}", database.Target);

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OrdersDbContext>();
        await db.Database.EnsureCreatedAsync(cancellationToken);
        if (database.Target.Provider == DatabaseProvider.Sqlite)
        {
            // Readers no longer wait for the writer: requests and the outbox relay use the file at the same time.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }

    private async Task WaitForSidecarAsync(CancellationToken cancellationToken)
    {
        var timeout = options.Value.SidecarWaitTimeout;
        using var waiting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        waiting.CancelAfter(timeout);
        try
        {
            await dapr.WaitForSidecarAsync(waiting.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"Orders needs its Dapr sidecar (secrets, pub/sub) and it did not answer within {timeout}");
        }
    }

    private async Task<DatabaseTarget> ChooseDatabaseAsync(CancellationToken cancellationToken)
    {
        var postgres = await secrets.GetOptionalAsync(SecretStoreReader.ConnectionStringKey, cancellationToken);
        if (postgres is not null)
        {
            return new DatabaseTarget(DatabaseProvider.PostgreSql, postgres);
        }

        var sqlite = configuration.GetConnectionString("Orders");
        return new DatabaseTarget(DatabaseProvider.Sqlite, string.IsNullOrWhiteSpace(sqlite) ? OrdersDatabase.DefaultSqliteConnectionString : sqlite);
    }
}
