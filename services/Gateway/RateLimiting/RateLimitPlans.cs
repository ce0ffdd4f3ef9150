using System.Security.Claims;
using Microsoft.Extensions.Options;

namespace PurchasePlatform.Gateway.RateLimiting;

/// <summary>
/// The plan of a caller: from the roles in a valid token, the highest of Admin, Premium and Customer (a signed-in
/// caller without any of them is a Customer); no valid token, Guest.
/// </summary>
internal sealed class RateLimitPlans(IOptionsMonitor<RateLimitOptions> options)
{
    public const string Guest = "Guest";
    public const string Customer = "Customer";
    public const string Premium = "Premium";
    public const string Admin = "Admin";

    public RateLimitPlan For(ClaimsPrincipal user)
    {
        var limits = options.CurrentValue;
        if (user.Identity?.IsAuthenticated != true)
        {
            return Plan(Guest, limits.Guest);
        }

        return user.IsInRole(Admin) ? Plan(Admin, limits.Admin)
            : user.IsInRole(Premium) ? Plan(Premium, limits.Premium)
            : Plan(Customer, limits.Customer);
    }

    private static RateLimitPlan Plan(string name, PlanLimits limits) => new(name, limits.RequestsPerHour, limits.Burst);
}
