using Microsoft.AspNetCore.Authentication;
using PurchasePlatform.Gateway.Routing;

namespace PurchasePlatform.Gateway.Security;

/// <summary>
/// A forwarded request that is not one of <see cref="AnonymousRoutes"/> needs a valid token (checked by the platform's
/// JWT bearer scheme): without one it is challenged, which answers the 401 envelope (UNAUTHORIZED, INVALID_TOKEN or
/// EXPIRED_TOKEN). The token still goes downstream, where the service validates it again.
/// </summary>
/// <remarks>
/// Done here rather than with authorization policies on the proxy routes so that it runs after rate limiting: the 401
/// then carries the rate-limit headers and a caller guessing tokens is counted like any other.
/// </remarks>
internal sealed class EdgeAuthenticationMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (ProxiedRoutes.TargetAppId(context) is not null
            && context.User.Identity?.IsAuthenticated != true
            && !AnonymousRoutes.Allows(context.Request))
        {
            return context.ChallengeAsync();
        }

        return next(context);
    }
}
