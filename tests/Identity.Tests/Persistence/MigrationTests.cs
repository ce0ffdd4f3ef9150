using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PurchasePlatform.BuildingBlocks.Persistence;
using PurchasePlatform.Identity.Infrastructure;
using PurchasePlatform.Identity.Infrastructure.Persistence;
using PurchasePlatform.Identity.Tests.Infrastructure;
using PurchasePlatform.TestSupport;

namespace PurchasePlatform.Identity.Tests.Persistence;

public sealed class MigrationTests
{
    [Fact]
    public async Task An_empty_sqlite_file_is_migrated_to_the_latest_migration_and_the_administrator_seeded_at_start()
    {
        await using var app = await StartedApp.Of(new IdentityApp());

        var applied = await app.App.InDatabaseAsync(db => db.Database.GetAppliedMigrationsAsync());
        var pending = await app.App.InDatabaseAsync(db => db.Database.GetPendingMigrationsAsync());

        Assert.NotEmpty(applied);
        Assert.Empty(pending);
        Assert.Equal(DatabaseProvider.Sqlite, app.App.Services.GetRequiredService<ServiceDatabase>().Target.Provider);
        Assert.Equal(1, await app.App.InDatabaseAsync(db => db.Users.CountAsync(user => user.NormalizedEmail == AdministratorSeeder.Email)));
    }

    [Fact]
    public async Task A_database_with_tables_but_no_migration_history_is_refused_with_what_to_do()
    {
        await using var app = await StartedApp.Of(new IdentityApp());
        await app.App.InDatabaseAsync(db => db.Database.ExecuteSqlRawAsync("DROP TABLE \"__EFMigrationsHistory\""));

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            app.App.Services.GetRequiredService<DatabaseStartup<IdentityDbContext>>().RunAsync(CancellationToken.None));

        Assert.Contains("no migration history", refused.Message);
        Assert.Contains("__EFMigrationsHistory", refused.Message);
        Assert.Equal(1, await app.App.InDatabaseAsync(db => db.Users.CountAsync(user => user.NormalizedEmail == AdministratorSeeder.Email)));
    }

    [Fact]
    public void The_migrations_match_the_model_for_both_providers()
    {
        using var sqlite = new SqliteIdentityDbContext(new DbContextOptionsBuilder<SqliteIdentityDbContext>().UseSqlite("Data Source=unused.db").Options);
        using var postgres = new PostgresIdentityDbContext(new DbContextOptionsBuilder<PostgresIdentityDbContext>().UseNpgsql("Host=unused").Options);

        Assert.False(sqlite.Database.HasPendingModelChanges());
        Assert.NotEmpty(sqlite.Database.GetMigrations());
        Assert.False(postgres.Database.HasPendingModelChanges());
        Assert.NotEmpty(postgres.Database.GetMigrations());
    }
}
