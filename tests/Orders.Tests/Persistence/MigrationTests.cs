using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PurchasePlatform.BuildingBlocks.Persistence;
using PurchasePlatform.Orders.Infrastructure.Persistence;
using PurchasePlatform.Orders.Tests.Infrastructure;
using PurchasePlatform.TestSupport;
using static PurchasePlatform.Orders.Tests.Infrastructure.Requests;

namespace PurchasePlatform.Orders.Tests.Persistence;

public sealed class MigrationTests
{
    [Fact]
    public async Task An_empty_sqlite_file_is_migrated_to_the_latest_migration_at_start()
    {
        await using var app = await StartedApp.Of(new OrdersApp());

        var applied = await app.App.InDatabaseAsync(db => db.Database.GetAppliedMigrationsAsync());
        var pending = await app.App.InDatabaseAsync(db => db.Database.GetPendingMigrationsAsync());
        var known = await app.App.InDatabaseAsync(db => Task.FromResult(db.Database.GetMigrations()));

        Assert.Equal(DatabaseProvider.Sqlite, app.App.Services.GetRequiredService<ServiceDatabase>().Target.Provider);
        Assert.NotEmpty(applied);
        Assert.Equal(known, applied);
        Assert.Empty(pending);
    }

    [Fact]
    public async Task The_migrations_match_the_model_for_both_providers()
    {
        await using var app = await StartedApp.Of(new OrdersApp());
        await using var scope = app.App.Services.CreateAsyncScope();

        Assert.False(scope.ServiceProvider.GetRequiredService<SqliteOrdersDbContext>().Database.HasPendingModelChanges());
        await using var postgres = new PostgresOrdersDbContext(new DbContextOptionsBuilder<PostgresOrdersDbContext>().UseNpgsql("Host=unused").Options);
        Assert.False(postgres.Database.HasPendingModelChanges());
        Assert.NotEmpty(postgres.Database.GetMigrations());
    }

    [PostgresFact]
    public async Task On_postgresql_the_migrations_apply_to_an_empty_database_and_the_api_works()
    {
        await using var postgres = new PostgresServer();
        await postgres.StartAsync();
        var orders = new OrdersApp();
        orders.Dapr.PostgresConnectionString = postgres.ConnectionString("orders");
        await using var app = await StartedApp.Of(orders);

        Assert.Equal(DatabaseProvider.PostgreSql, app.App.Services.GetRequiredService<ServiceDatabase>().Target.Provider);
        Assert.NotEmpty(await app.App.InDatabaseAsync(db => db.Database.GetAppliedMigrationsAsync()));
        Assert.Empty(await app.App.InDatabaseAsync(db => db.Database.GetPendingMigrationsAsync()));

        var user = NewUser();
        var id = await app.App.PlaceAsync(user);
        using var admin = app.App.Admin();
        using var paid = await admin.PutAsJsonAsync($"/api/orders/{id}/status", new { status = "confirmed", paymentId = "pay-pg-1" });
        using var customer = app.App.Customer(user);
        using var response = await customer.GetAsync($"/api/v1/orders/{id}");

        Assert.Equal(HttpStatusCode.OK, paid.StatusCode);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var order = (await response.JsonAsync())["data"]!;
        Assert.Equal($"ORD-{DateTime.UtcNow.Year:D4}-000001", order["orderNumber"]!.GetValue<string>());
        Assert.Equal("paid", order["status"]!.GetValue<string>());
        Assert.Equal(["pending", "paid"], order["statusHistory"]!.AsArray().Select(entry => entry!["status"]!.GetValue<string>()));
        Assert.NotEmpty(await app.App.OutboxAsync());
    }
}
