using PurchasePlatform.Identity.Infrastructure.Passwords;
using PurchasePlatform.Identity.Infrastructure.Persistence;
using PurchasePlatform.Identity.Tokens;

namespace PurchasePlatform.Identity.Apis;

/// <summary>What Identity's endpoints work with, bound with [AsParameters].</summary>
public sealed class IdentityServices(UserRepository users, PasswordHashing passwords, IAccessTokenIssuer tokens, TimeProvider clock)
{
    public UserRepository Users { get; } = users;

    public PasswordHashing Passwords { get; } = passwords;

    public IAccessTokenIssuer Tokens { get; } = tokens;

    public DateTime Now => clock.GetUtcNow().UtcDateTime;
}
