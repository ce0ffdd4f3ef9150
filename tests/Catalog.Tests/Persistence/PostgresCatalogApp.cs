using Npgsql;
using PurchasePlatform.Catalog.Tests.Infrastructure;
using PurchasePlatform.TestSupport;

namespace PurchasePlatform.Catalog.Tests.Persistence;

/// <summary>The catalog with <c>catalog:connectionString</c> in the secret store: it then uses PostgreSQL.</summary>
public sealed class PostgresCatalogApp : CatalogApp
{
    private readonly PostgresServer postgres = new();

    protected override async Task<Dictionary<string, string>> SecretsAsync()
    {
        await postgres.StartAsync();
        return new Dictionary<string, string> { ["catalog:connectionString"] = postgres.ConnectionString("catalog") };
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await postgres.DisposeAsync();
    }
}
