using System.Data.Common;
using Dapr.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PurchasePlatform.BuildingBlocks.Secrets;

namespace PurchasePlatform.BuildingBlocks.Persistence;

/// <summary>
/// Runs before a service serves requests: waits for the Dapr sidecar (<c>&lt;Service&gt;:SidecarWaitTimeout</c>, 60 s by
/// default), chooses the database from the secret store, creates or migrates the schema of <typeparamref name="TContext"/>
/// and runs the service's <see cref="IDatabaseSeeder"/>s.
/// </summary>
public sealed class DatabaseStartup<TContext>(DaprClient dapr, SecretStoreReader secrets, ServiceDatabase database, IServiceScopeFactory scopes,
    IConfiguration configuration, ILogger<DatabaseStartup<TContext>> logger)
    where TContext : DbContext
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await WaitForSidecarAsync(cancellationToken);
        database.Use(await database.ChooseAsync(secrets, configuration, cancellationToken));
        logger.LogInformation("{DatabaseOwner} data is in {Database}", database.ServiceName, database.Target);

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        if (database.Schema == SchemaCreation.Migrate)
        {
            await MigrateAsync(db, cancellationToken);
        }
        else
        {
            await db.Database.EnsureCreatedAsync(cancellationToken);
        }

        if (database.Target.Provider == DatabaseProvider.Sqlite)
        {
            // Readers no longer wait for the writer: requests and the outbox relay use the file at the same time.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        foreach (var seeder in scope.ServiceProvider.GetServices<IDatabaseSeeder>())
        {
            await seeder.SeedAsync(cancellationToken);
        }
    }

    private async Task MigrateAsync(TContext db, CancellationToken cancellationToken)
    {
        var hadHistory = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).Any();
        try
        {
            await db.Database.MigrateAsync(cancellationToken);
        }
        catch (DbException exception) when (!hadHistory)
        {
            throw new InvalidOperationException(
                $"{database.ServiceName} could not create its tables in {database.Target}, which has no migration history: " +
                "a database created before the service used migrations (by EnsureCreated) has the tables but not the history. " +
                "Recreate it (local data), or record the first migration as applied in __EFMigrationsHistory after checking the schema matches " +
                $"(see services/{database.ServiceName}/README.md).", exception);
        }
    }

    private async Task WaitForSidecarAsync(CancellationToken cancellationToken)
    {
        var timeout = configuration.GetValue($"{database.ServiceName}:SidecarWaitTimeout", TimeSpan.FromSeconds(60));
        using var waiting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        waiting.CancelAfter(timeout);
        try
        {
            await dapr.WaitForSidecarAsync(waiting.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"{database.ServiceName} needs its Dapr sidecar (secrets, pub/sub) and it did not answer within {timeout}");
        }
    }
}
