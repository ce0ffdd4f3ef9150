using Npgsql;
using PurchasePlatform.TestSupport;

namespace PurchasePlatform.Notifications.Tests.Infrastructure;

/// <summary>A <see cref="NotificationsHost"/> on its own PostgreSQL server (chosen because the secret store holds <c>notifications:connectionString</c>).</summary>
public abstract class PostgresNotificationsHost : NotificationsHost
{
    private readonly PostgresServer postgres = new();

    protected override async Task BeforeStartAsync()
    {
        await postgres.StartAsync();
        Sidecar.Secrets["notifications:connectionString"] = postgres.ConnectionString("notifications");
    }

    protected override async Task AfterStopAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await postgres.DisposeAsync();
    }
}
