using System.Security.Claims;
using PurchasePlatform.BuildingBlocks.Authentication;

namespace PurchasePlatform.Payments.Apis;

/// <summary>Who may do what with payments.</summary>
public static class PaymentsAccess
{
    /// <summary>Lets a service (e.g. the orchestrator) read and refund any payment without an admin role.</summary>
    public const string AdminScope = "payments:admin";

    public static bool IsAdmin(this ClaimsPrincipal user) => user.IsInRole(PlatformRoles.Admin) || user.HasScope(AdminScope);

    public static bool MayRead(this ClaimsPrincipal user, Guid ownerId) => user.UserId() == ownerId || user.IsAdmin();

    /// <summary>Whose idempotency keys a request uses: the token's subject.</summary>
    public static string CallerId(this ClaimsPrincipal user) => user.FindFirst(PlatformClaims.Subject)?.Value ?? "";
}
