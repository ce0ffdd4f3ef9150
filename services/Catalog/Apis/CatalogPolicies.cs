using PurchasePlatform.BuildingBlocks.Authentication;

namespace PurchasePlatform.Catalog.Apis;

public static class CatalogPolicies
{
    /// <summary>Admin routes: a token with the <c>catalog:write</c> scope or the Admin role (else 401 or 403).</summary>
    public static TBuilder RequireCatalogWriter<TBuilder>(this TBuilder endpoint) where TBuilder : IEndpointConventionBuilder =>
        endpoint.RequireAuthorization(policy => policy.RequireAuthenticatedUser()
            .RequireAssertion(context => context.User.HasScope(PlatformScopes.CatalogWrite) || context.User.IsInRole(PlatformRoles.Admin)));
}
