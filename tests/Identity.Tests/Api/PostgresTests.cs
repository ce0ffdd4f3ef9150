using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using PurchasePlatform.Identity.Infrastructure;
using PurchasePlatform.Identity.Tests.Infrastructure;

namespace PurchasePlatform.Identity.Tests.Api;

/// <summary>The same service with <c>identity:connectionString</c> in the secret store, on a real PostgreSQL.</summary>
[Collection(PostgresIdentityAppCollection.Name)]
public sealed class PostgresTests(PostgresIdentityApp app)
{
    [Fact]
    public async Task With_a_connection_string_secret_users_sessions_and_events_live_in_postgresql()
    {
        Assert.Equal("Npgsql.EntityFrameworkCore.PostgreSQL", await app.InDatabaseAsync(db => Task.FromResult(db.Database.ProviderName)));
        await app.Client.LoginAsync(AdministratorSeeder.Email, IdentityTestHost.AdminPassword);

        var session = await app.Client.SignUpAsync();
        using var address = await app.Client.SendAsync(HttpMethod.Post, "/api/v1/users/addresses", session.AccessToken,
            new { street = "1 Main St", city = "New York", zipCode = "10001", country = "USA", isDefault = false });
        using var refresh = await app.Client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = session.RefreshToken });
        using var replay = await app.Client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = session.RefreshToken });

        Assert.Equal(HttpStatusCode.Created, address.StatusCode);
        Assert.Equal(HttpStatusCode.OK, refresh.StatusCode);
        await replay.AssertErrorAsync(HttpStatusCode.Unauthorized, "INVALID_TOKEN");
        await app.Mailbox.WaitForAsync(session.UserId, "email_verification_requested");
        Assert.All(await app.InDatabaseAsync(db => db.UserEvents.Where(row => row.UserId == session.UserId).ToListAsync()),
            row => Assert.Equal(1, row.PublishAttempts));
    }
}
