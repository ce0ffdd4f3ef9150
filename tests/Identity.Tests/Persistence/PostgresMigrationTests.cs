using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PurchasePlatform.BuildingBlocks.Persistence;
using PurchasePlatform.Identity.Tests.Infrastructure;
using PurchasePlatform.TestSupport;

namespace PurchasePlatform.Identity.Tests.Persistence;

/// <summary>The shared PostgreSQL run starts on a server created for it, so its schema came from the migrations alone.</summary>
[Collection(PostgresIdentityAppCollection.Name)]
public sealed class PostgresMigrationTests(PostgresIdentityApp app)
{
    [PostgresFact]
    public async Task On_postgresql_the_migrations_apply_to_an_empty_database_and_the_api_works()
    {
        Assert.Equal(DatabaseProvider.PostgreSql, app.Services.GetRequiredService<ServiceDatabase>().Target.Provider);
        var all = await app.InDatabaseAsync(db => Task.FromResult(db.Database.GetMigrations().ToList()));
        Assert.NotEmpty(all);
        Assert.Equal(all, await app.InDatabaseAsync(db => db.Database.GetAppliedMigrationsAsync()));
        Assert.Empty(await app.InDatabaseAsync(db => db.Database.GetPendingMigrationsAsync()));

        var session = await app.Client.SignUpAsync("pg-migrated");
        using var profile = await app.Client.SendAsync(HttpMethod.Get, "/api/v1/users/profile", session.AccessToken);

        Assert.Equal(HttpStatusCode.OK, profile.StatusCode);
        Assert.Equal(session.Email, (await profile.JsonAsync()).GetProperty("data").GetProperty("email").GetString());
    }
}
