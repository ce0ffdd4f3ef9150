using PurchasePlatform.BuildingBlocks.Outbox;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PurchasePlatform.Identity.Domain.Users;
using PurchasePlatform.Identity.Infrastructure.Outbox;
using PurchasePlatform.Identity.Infrastructure.Passwords;
using PurchasePlatform.Identity.Infrastructure.Persistence;
using PurchasePlatform.Identity.Infrastructure.Secrets;

namespace PurchasePlatform.Identity.Infrastructure;

public static class InfrastructureServiceCollectionExtensions
{
    public static IServiceCollection AddIdentityInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton<IdentityDatabase>();
        services.AddSingleton<UserChangesInterceptor>();
        services.AddDbContext<IdentityDbContext>((provider, options) =>
        {
            provider.GetRequiredService<IdentityDatabase>().Configure(options);
            options.AddInterceptors(provider.GetRequiredService<UserChangesInterceptor>());
        });
        services.AddScoped<UserRepository>();

        services.AddSingleton<IPasswordHasher<User>, PasswordHasher<User>>();
        services.AddSingleton<PasswordHashing>();
        services.AddSingleton<SecretStoreReader>();

        services.AddOutbox<IdentityDbContext, UserEvent, UserEventFormat>(configuration);

        services.AddScoped<AdministratorSeeder>();
        services.AddSingleton<IdentityStartup>();
        return services;
    }
}
