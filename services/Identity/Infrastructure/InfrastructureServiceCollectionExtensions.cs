using Microsoft.EntityFrameworkCore;
using PurchasePlatform.BuildingBlocks.Outbox;
using PurchasePlatform.BuildingBlocks.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PurchasePlatform.Identity.Domain.Users;
using PurchasePlatform.Identity.Infrastructure.Outbox;
using PurchasePlatform.Identity.Infrastructure.Passwords;
using PurchasePlatform.Identity.Infrastructure.Persistence;

namespace PurchasePlatform.Identity.Infrastructure;

public static class InfrastructureServiceCollectionExtensions
{
    public static IServiceCollection AddIdentityInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);

        services.AddServiceDatabase<IdentityDbContext>("Identity", SchemaCreation.Migrate);
        services.AddSingleton<UserChangesInterceptor>();
        services.AddProviderContexts<IdentityDbContext, SqliteIdentityDbContext, PostgresIdentityDbContext>(
            provider => provider.GetRequiredService<UserChangesInterceptor>());
        services.AddScoped<UserRepository>();

        // PBKDF2 iterations (ASP.NET Core's default 100,000 unless Identity:PasswordHashing:IterationCount says
        // otherwise): tests that register hundreds of users lower it; each hash records its own count.
        services.Configure<PasswordHasherOptions>(configuration.GetSection("Identity:PasswordHashing"));
        services.AddSingleton<IPasswordHasher<User>, PasswordHasher<User>>();
        services.AddSingleton<PasswordHashing>();

        services.AddOutbox<IdentityDbContext, UserEvent, UserEventFormat>(configuration);

        services.AddScoped<IDatabaseSeeder, AdministratorSeeder>();
        return services;
    }
}
