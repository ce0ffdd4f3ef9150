using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PurchasePlatform.BuildingBlocks.Persistence;
using PurchasePlatform.Payments.Infrastructure;
using PurchasePlatform.Payments.Tests.Api;
using PurchasePlatform.Payments.Tests.Infrastructure;

namespace PurchasePlatform.Payments.Tests.Persistence;

public sealed class MigrationTests : PaymentsHost
{
    [Fact]
    public async Task An_empty_sqlite_file_is_migrated_to_the_latest_migration_at_start()
    {
        var applied = await InDatabaseAsync(db => db.Database.GetAppliedMigrationsAsync());
        var pending = await InDatabaseAsync(db => db.Database.GetPendingMigrationsAsync());

        Assert.NotEmpty(applied);
        Assert.Empty(pending);
        Assert.Equal(DatabaseProvider.Sqlite, Services.GetRequiredService<ServiceDatabase>().Target.Provider);
        Assert.IsType<SqlitePaymentsDbContext>(await InDatabaseAsync(db => Task.FromResult<object>(db)));
    }

    [Fact]
    public async Task The_migrations_match_the_model_for_both_providers()
    {
        await using var scope = Services.CreateAsyncScope();

        Assert.False(scope.ServiceProvider.GetRequiredService<SqlitePaymentsDbContext>().Database.HasPendingModelChanges());
        await using var postgres = new PostgresPaymentsDbContext(new DbContextOptionsBuilder<PostgresPaymentsDbContext>().UseNpgsql("Host=unused").Options);
        Assert.False(postgres.Database.HasPendingModelChanges());
        Assert.NotEmpty(postgres.Database.GetMigrations());
    }

    [Fact]
    public async Task An_order_still_has_at_most_one_payment_that_did_not_fail()
    {
        var token = TestTokens.Customer(Guid.NewGuid());

        var declined = await PostAsync("/api/v1/payments/process", token, PaymentRequests.Process("tok_decline", orderId: "order-migrated"), Key());
        var paid = await PostAsync("/api/v1/payments/process", token, PaymentRequests.Process("tok_success", orderId: "order-migrated"), Key());
        var again = await PostAsync("/api/v1/payments/process", token, PaymentRequests.Process("tok_success", orderId: "order-migrated"), Key());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, declined.StatusCode);
        Assert.Equal(HttpStatusCode.OK, paid.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }
}
