using System.Security.Claims;
using PurchasePlatform.BuildingBlocks.Authentication;
using PurchasePlatform.Orders.Domain;

namespace PurchasePlatform.Orders.Apis;

/// <summary>
/// Who may see and change an order: its customer, or an operator. Seed 004 names the operators' scope
/// <c>orders:write</c>, but Identity gives that scope to every customer, so operators are those with <c>orders:admin</c>.
/// </summary>
public static class OrderAccess
{
    public static bool IsOperator(this ClaimsPrincipal caller) => caller.HasScope(PlatformScopes.OrdersAdmin);

    public static bool IsCustomer(this ClaimsPrincipal caller, string userId) =>
        string.Equals(caller.FindFirst(PlatformClaims.Subject)?.Value, userId, StringComparison.OrdinalIgnoreCase);

    public static bool MaySee(this ClaimsPrincipal caller, Order order) => caller.IsCustomer(order.UserId) || caller.IsOperator();
}
