using Npgsql;
using PurchasePlatform.TestSupport;

namespace PurchasePlatform.Payments.Tests.Infrastructure;

/// <summary>A <see cref="PaymentsHost"/> on its own PostgreSQL server (chosen because the secret store holds <c>payments:connectionString</c>).</summary>
public abstract class PostgresPaymentsHost : PaymentsHost
{
    private readonly PostgresServer postgres = new();

    protected override async Task BeforeStartAsync()
    {
        await postgres.StartAsync();
        Sidecar.Secrets["payments:connectionString"] = postgres.ConnectionString("payments");
    }

    protected override async Task AfterStopAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await postgres.DisposeAsync();
    }
}
