using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using PurchasePlatform.BuildingBlocks.Persistence;
using PurchasePlatform.Identity.Infrastructure;
using PurchasePlatform.Identity.Infrastructure.Persistence;
using PurchasePlatform.Identity.Tests.Infrastructure;

namespace PurchasePlatform.Identity.Tests.Api;

[Collection(IdentityAppCollection.Name)]
public sealed class AdministratorTests(IdentityApp app)
{
    [Fact]
    public async Task The_administrator_is_seeded_with_the_password_from_the_secret_store_and_gets_admin_scopes()
    {
        var admin = await app.Client.LoginAsync(AdministratorSeeder.Email, IdentityTestHost.AdminPassword);

        var token = new JsonWebToken(admin.AccessToken);
        Assert.Equal("Admin", token.GetClaim("role").Value);
        Assert.Contains("users:admin", token.GetClaim("scope").Value.Split(' '));
    }

    [Fact]
    public async Task Starting_again_creates_no_second_administrator()
    {
        await app.Services.GetRequiredService<DatabaseStartup<IdentityDbContext>>().RunAsync(CancellationToken.None);

        Assert.Equal(1, await app.InDatabaseAsync(db => db.Users.CountAsync(user => user.NormalizedEmail == AdministratorSeeder.Email)));
        await app.Client.LoginAsync(AdministratorSeeder.Email, IdentityTestHost.AdminPassword);
    }
}
