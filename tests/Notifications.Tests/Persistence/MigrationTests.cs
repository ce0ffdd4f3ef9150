using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PurchasePlatform.BuildingBlocks.Persistence;
using PurchasePlatform.Notifications.Infrastructure;
using PurchasePlatform.Notifications.Tests.Infrastructure;

namespace PurchasePlatform.Notifications.Tests.Persistence;

public sealed class MigrationTests : NotificationsHost
{
    [Fact]
    public async Task An_empty_sqlite_file_is_migrated_to_the_latest_migration_at_start()
    {
        var applied = await InDatabaseAsync(db => db.Database.GetAppliedMigrationsAsync());
        var pending = await InDatabaseAsync(db => db.Database.GetPendingMigrationsAsync());

        Assert.NotEmpty(applied);
        Assert.Empty(pending);
        Assert.Equal(DatabaseProvider.Sqlite, Services.GetRequiredService<ServiceDatabase>().Target.Provider);
        Assert.IsType<SqliteNotificationsDbContext>(await InDatabaseAsync(db => Task.FromResult<object>(db)));
    }

    [Fact]
    public async Task The_migrations_match_the_model_for_both_providers()
    {
        await using var scope = Services.CreateAsyncScope();

        Assert.False(scope.ServiceProvider.GetRequiredService<SqliteNotificationsDbContext>().Database.HasPendingModelChanges());
        await using var postgres = new PostgresNotificationsDbContext(
            new DbContextOptionsBuilder<PostgresNotificationsDbContext>().UseNpgsql("Host=unused").Options);
        Assert.False(postgres.Database.HasPendingModelChanges());
        Assert.NotEmpty(postgres.Database.GetMigrations());
    }
}
