using Microsoft.EntityFrameworkCore;
using PurchasePlatform.BuildingBlocks.Persistence;

namespace PurchasePlatform.Payments.Infrastructure;

/// <summary>Creates the context of the provider start-up chose: the processors work with <see cref="PaymentsDbContext"/> only.</summary>
internal sealed class ProviderPaymentsDbContextFactory(ServiceDatabase database, IDbContextFactory<SqlitePaymentsDbContext> sqlite,
    IDbContextFactory<PostgresPaymentsDbContext> postgres) : IDbContextFactory<PaymentsDbContext>
{
    public PaymentsDbContext CreateDbContext() => database.Target.Provider switch
    {
        DatabaseProvider.PostgreSql => postgres.CreateDbContext(),
        _ => sqlite.CreateDbContext(),
    };
}
