using Microsoft.EntityFrameworkCore;

namespace PurchasePlatform.Identity.Apis;

/// <summary>A request that lost a race with another one on the same user answers 409 CONFLICT rather than 500.</summary>
public sealed class ConcurrencyConflictFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (DbUpdateConcurrencyException)
        {
            return IdentityErrors.ChangedConcurrently();
        }
    }
}
