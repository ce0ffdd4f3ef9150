using Npgsql;
using PurchasePlatform.TestSupport;

namespace PurchasePlatform.Identity.Tests.Infrastructure;

/// <summary>A run whose secret store holds <c>identity:connectionString</c>: Identity then uses PostgreSQL.</summary>
public sealed class PostgresIdentityApp : IdentityTestHost
{
    private readonly PostgresServer postgres = new();

    protected override async Task<Dictionary<string, string>> SecretsAsync()
    {
        await postgres.StartAsync();
        var secrets = await base.SecretsAsync();
        secrets["identity:connectionString"] = postgres.ConnectionString("identity");
        return secrets;
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await postgres.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class PostgresIdentityAppCollection : ICollectionFixture<PostgresIdentityApp>
{
    public const string Name = "PostgreSQL Identity app";
}
