using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PurchasePlatform.BuildingBlocks.Persistence;
using PurchasePlatform.Catalog.Infrastructure.Persistence;
using PurchasePlatform.Catalog.Tests.Infrastructure;
using PurchasePlatform.TestSupport;

namespace PurchasePlatform.Catalog.Tests.Persistence;

public sealed class MigrationTests
{
    [Fact]
    public async Task An_empty_sqlite_file_is_migrated_to_the_latest_migration_and_seeded_at_start()
    {
        await using var app = await StartedApp.Of(new CatalogApp());

        var applied = await app.App.InDatabaseAsync(db => db.Database.GetAppliedMigrationsAsync());
        var pending = await app.App.InDatabaseAsync(db => db.Database.GetPendingMigrationsAsync());

        Assert.NotEmpty(applied);
        Assert.Empty(pending);
        Assert.Equal(DatabaseProvider.Sqlite, app.App.Services.GetRequiredService<ServiceDatabase>().Target.Provider);
        Assert.True(await app.App.InDatabaseAsync(db => db.Products.CountAsync()) >= 200);
    }

    [Fact]
    public async Task The_migrations_match_the_model_for_both_providers()
    {
        await using var app = await StartedApp.Of(new CatalogApp());
        await using var scope = app.App.Services.CreateAsyncScope();

        Assert.False(scope.ServiceProvider.GetRequiredService<SqliteCatalogDbContext>().Database.HasPendingModelChanges());
        var postgres = new PostgresCatalogDbContext(new DbContextOptionsBuilder<PostgresCatalogDbContext>().UseNpgsql("Host=unused").Options);
        Assert.False(postgres.Database.HasPendingModelChanges());
        Assert.NotEmpty(postgres.Database.GetMigrations());
    }

    [PostgresFact]
    public async Task On_postgresql_the_migrations_apply_to_an_empty_database_and_the_api_works()
    {
        await using var app = await StartedApp.Of(new PostgresCatalogApp());

        Assert.Equal(DatabaseProvider.PostgreSql, app.App.Services.GetRequiredService<ServiceDatabase>().Target.Provider);
        Assert.Empty(await app.App.InDatabaseAsync(db => db.Database.GetPendingMigrationsAsync()));
        var list = await app.App.GetDataAsync("/api/v1/products?category=electronics&sortBy=price&sortOrder=desc&minPrice=100");
        Assert.True(list["totalCount"]!.GetValue<int>() > 0);
        var search = await app.App.GetDataAsync("/api/v1/products/search?q=headphones");
        Assert.NotEmpty(search.Items());

        var userId = Guid.NewGuid().ToString("D");
        await app.App.DeliverAsync(OrderEvents.OrderPlacedRoute, OrderEvents.Placed("order-pg-1", userId, "prod-003"));
        using var review = await app.App.SendAsync(HttpMethod.Post, "/api/v1/products/prod-003/reviews",
            new { rating = 4, orderId = "order-pg-1" }, TestTokens.Customer(userId));
        Assert.Equal(HttpStatusCode.Created, review.StatusCode);
        using var create = await app.App.SendAsync(HttpMethod.Post, "/api/v1/products",
            new { name = "Postgres Mug", description = "A mug", price = 12.5m, sku = "PG-MUG-1", categoryId = "cat-002-02" }, TestTokens.Admin());
        Assert.Equal(HttpStatusCode.Created, create.StatusCode);
        Assert.Equal(1, await app.App.PublishOutboxAsync());
        var product = await app.App.GetDataAsync("/api/v1/products/prod-003");
        Assert.Equal(4m, product["rating"]!.GetValue<decimal>());
    }
}
