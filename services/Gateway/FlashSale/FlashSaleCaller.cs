using System.Security.Claims;
using PurchasePlatform.BuildingBlocks.Authentication;

namespace PurchasePlatform.Gateway.FlashSale;

/// <summary>
/// Who calls a flash-sale route. Checked in the handlers rather than with authorization policies so that, as for the
/// forwarded routes, the refusal comes after rate limiting (see EdgeAuthenticationMiddleware).
/// </summary>
internal static class FlashSaleCaller
{
    /// <summary>401 (the platform's challenge: UNAUTHORIZED, INVALID_TOKEN or EXPIRED_TOKEN) without a valid token, else null.</summary>
    public static IResult? RefuseAnonymous(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true && !string.IsNullOrEmpty(Subject(user)) ? null : TypedResults.Challenge();

    /// <summary>401 without a valid token, 403 with one lacking <c>inventory:admin</c> (what Inventory demands to set stock), else null.</summary>
    public static IResult? RefuseUnlessStockAdmin(ClaimsPrincipal user) =>
        RefuseAnonymous(user) ?? (user.HasScope(PlatformScopes.InventoryAdmin) ? null : TypedResults.Forbid());

    public static string Subject(ClaimsPrincipal user) => user.FindFirst(PlatformClaims.Subject)?.Value ?? "";

    /// <summary>An Admin may order for another user; anyone else only for themself.</summary>
    public static bool MayOrderFor(ClaimsPrincipal user, string userId) =>
        string.Equals(userId, Subject(user), StringComparison.Ordinal) || user.IsInRole(PlatformRoles.Admin);

    public static string? Authorization(HttpContext context) =>
        context.Request.Headers.Authorization is { Count: > 0 } header ? header.ToString() : null;
}
