using System.Security.Claims;

namespace PurchasePlatform.BuildingBlocks.Authentication;

/// <summary>Reads the platform's claims (<c>sub</c>, <c>scope</c>) from an authenticated caller.</summary>
public static class PlatformClaims
{
    public const string Subject = "sub";

    /// <summary>The caller's user id (<c>sub</c>), or null when absent or not a GUID.</summary>
    public static Guid? UserId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirst(Subject)?.Value, out var id) ? id : null;

    /// <summary>Every scope granted, from one or more <c>scope</c> claims each holding a space-separated list.</summary>
    public static IReadOnlySet<string> Scopes(this ClaimsPrincipal user) =>
        user.FindAll(PlatformScopes.ClaimType)
            .SelectMany(claim => claim.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToHashSet(StringComparer.Ordinal);

    public static bool HasScope(this ClaimsPrincipal user, string scope) =>
        user.FindAll(PlatformScopes.ClaimType)
            .Any(claim => claim.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(scope, StringComparer.Ordinal));

    /// <summary>True when the authenticated caller is the user <paramref name="userId"/> or holds <paramref name="scope"/> (e.g. "users:admin").</summary>
    public static bool IsOwnerOr(this ClaimsPrincipal user, Guid userId, string scope) =>
        user.Identity?.IsAuthenticated == true && (user.UserId() == userId || user.HasScope(scope));
}
