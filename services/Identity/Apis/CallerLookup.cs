using PurchasePlatform.BuildingBlocks.Authentication;
using System.Security.Claims;
using PurchasePlatform.Identity.Domain.Users;
using PurchasePlatform.Identity.Infrastructure.Persistence;

namespace PurchasePlatform.Identity.Apis;

public static class CallerLookup
{
    /// <summary>The user the access token was issued to, or null when the token names no existing user.</summary>
    public static Task<User?> FindCallerAsync(this UserRepository users, ClaimsPrincipal principal, CancellationToken cancellationToken) =>
        principal.UserId() is { } id ? users.FindAsync(id, cancellationToken) : Task.FromResult<User?>(null);
}
