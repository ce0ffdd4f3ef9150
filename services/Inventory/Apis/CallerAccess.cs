using System.Security.Claims;
using PurchasePlatform.BuildingBlocks.Authentication;

namespace PurchasePlatform.Inventory.Apis;

internal static class CallerAccess
{
    /// <summary>True when the caller is the user <paramref name="userId"/> (the token's <c>sub</c>) or an admin.</summary>
    public static bool MayActFor(this ClaimsPrincipal caller, string userId) =>
        caller.IsInRole(PlatformRoles.Admin) || caller.HasScope(PlatformScopes.InventoryAdmin) || IsSubject(caller, userId);

    private static bool IsSubject(ClaimsPrincipal caller, string userId)
    {
        var subject = caller.FindFirst(PlatformClaims.Subject)?.Value;
        if (subject is null)
        {
            return false;
        }

        return Guid.TryParse(subject, out var subjectId) && Guid.TryParse(userId, out var id)
            ? subjectId == id
            : string.Equals(subject, userId, StringComparison.Ordinal);
    }
}
