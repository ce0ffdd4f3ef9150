using Microsoft.EntityFrameworkCore;
using PurchasePlatform.Identity.Domain.Users;
using PurchasePlatform.Identity.Infrastructure.Passwords;
using PurchasePlatform.Identity.Infrastructure.Persistence;
using PurchasePlatform.BuildingBlocks.Persistence;
using PurchasePlatform.BuildingBlocks.Secrets;

namespace PurchasePlatform.Identity.Infrastructure;

/// <summary>
/// Creates the platform administrator (<see cref="Email"/>, role Admin, verified) with the password from the
/// secret <c>identity:adminPassword</c>, when no administrator exists yet. Running it again changes nothing.
/// </summary>
public sealed class AdministratorSeeder(UserRepository users, PasswordHashing passwords, SecretStoreReader secrets, TimeProvider clock,
    ILogger<AdministratorSeeder> logger) : IDatabaseSeeder
{
    public const string Email = "admin@purchase-platform.local";
    public const string AdminPasswordKey = "identity:adminPassword";

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await users.AnyAdministratorAsync(cancellationToken))
        {
            return;
        }

        var password = await secrets.GetOptionalAsync(AdminPasswordKey, cancellationToken);
        if (password is null)
        {
            logger.LogWarning("No administrator exists and the secret store has no {Key}; none was created", AdminPasswordKey);
            return;
        }

        var details = new PersonalDetails("Platform", "Administrator", null, null);
        users.Add(User.CreateAdministrator(Email, details, passwords.Hash(password), clock.GetUtcNow().UtcDateTime));
        try
        {
            await users.SaveAsync(cancellationToken);
            logger.LogInformation("Created the administrator {Email}", Email);
        }
        catch (DbUpdateException)
        {
            users.Forget();
            if (!await users.AnyAdministratorAsync(cancellationToken))
            {
                throw;
            }

            // Another replica created it at the same moment.
        }
    }
}
