using PurchasePlatform.Cart.Catalog;
using PurchasePlatform.Cart.Infrastructure;

namespace PurchasePlatform.Cart.Apis;

/// <summary>Answers the failures any cart route can meet: lost races on every retry (409) and an unreachable catalog (503).</summary>
public sealed class CartFailuresFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (ConcurrentChangeException)
        {
            return CartErrors.ChangedConcurrently();
        }
        catch (CatalogUnavailableException)
        {
            return CartErrors.CatalogUnavailable();
        }
    }
}
