using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;

namespace PurchasePlatform.BuildingBlocks.Authentication;

/// <summary>Scope and role requirements for endpoints: <c>.RequireScope("orders:write")</c>, <c>.RequireRole("Admin")</c>.</summary>
public static class AuthorizationExtensions
{
    /// <summary>Requires an authenticated caller holding at least one of <paramref name="scopes"/>.</summary>
    public static AuthorizationPolicyBuilder RequireScope(this AuthorizationPolicyBuilder policy, params string[] scopes)
    {
        ArgumentOutOfRangeException.ThrowIfZero(scopes.Length);
        return policy.RequireAuthenticatedUser().RequireAssertion(context => scopes.Any(context.User.HasScope));
    }

    /// <summary>The endpoint needs a valid token holding at least one of <paramref name="scopes"/> (else 401 or 403).</summary>
    public static TBuilder RequireScope<TBuilder>(this TBuilder endpoint, params string[] scopes) where TBuilder : IEndpointConventionBuilder =>
        endpoint.RequireAuthorization(policy => policy.RequireScope(scopes));

    /// <summary>The endpoint needs a valid token with at least one of <paramref name="roles"/> (else 401 or 403).</summary>
    public static TBuilder RequireRole<TBuilder>(this TBuilder endpoint, params string[] roles) where TBuilder : IEndpointConventionBuilder
    {
        ArgumentOutOfRangeException.ThrowIfZero(roles.Length);
        return endpoint.RequireAuthorization(policy => policy.RequireAuthenticatedUser().RequireRole(roles));
    }
}
