using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PurchasePlatform.BuildingBlocks.Persistence;
using PurchasePlatform.Payments.Infrastructure;
using PurchasePlatform.Payments.Processing;
using PurchasePlatform.Payments.Tests.Api;
using PurchasePlatform.Payments.Tests.Infrastructure;
using PurchasePlatform.TestSupport;

namespace PurchasePlatform.Payments.Tests.Persistence;

public sealed class PostgresMigrationTests : PostgresPaymentsHost
{
    [PostgresFact]
    public async Task On_postgresql_the_migrations_apply_to_an_empty_database_and_the_api_works()
    {
        Assert.Equal(DatabaseProvider.PostgreSql, Services.GetRequiredService<ServiceDatabase>().Target.Provider);
        Assert.NotEmpty(await InDatabaseAsync(db => db.Database.GetAppliedMigrationsAsync()));
        Assert.Empty(await InDatabaseAsync(db => db.Database.GetPendingMigrationsAsync()));
        Assert.IsType<PostgresPaymentsDbContext>(await InDatabaseAsync(db => Task.FromResult<object>(db)));

        var user = Guid.NewGuid();
        var token = TestTokens.Customer(user);
        var declined = await PostAsync("/api/v1/payments/process", token, PaymentRequests.Process("tok_decline", orderId: "order-pg-migrated"), Key());
        var paid = await PostAsync("/api/v1/payments/process", token, PaymentRequests.Process("tok_success", orderId: "order-pg-migrated"), Key());
        var again = await PostAsync("/api/v1/payments/process", token, PaymentRequests.Process("tok_success", orderId: "order-pg-migrated"), Key());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, declined.StatusCode);
        Assert.Equal(HttpStatusCode.OK, paid.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var paymentId = (await JsonAsync(paid)).GetProperty("data").GetProperty("paymentId").GetString();
        var read = await JsonAsync(await GetAsync($"/api/v1/payments/{paymentId}", token));
        Assert.Equal("succeeded", read.GetProperty("data").GetProperty("status").GetString());
        Assert.Single(await OutboxAsync(PaymentEvents.CompletedTopic));
        Assert.Equal(2, await PublishOutboxAsync());
    }
}
