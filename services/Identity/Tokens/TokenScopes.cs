using PurchasePlatform.BuildingBlocks.Authentication;

namespace PurchasePlatform.Identity.Tokens;

/// <summary>Which scopes a token carries, by the user's roles.</summary>
public static class TokenScopes
{
    public static readonly IReadOnlyList<string> Member =
        [PlatformScopes.Profile, PlatformScopes.OrdersRead, PlatformScopes.OrdersWrite, PlatformScopes.Cart, PlatformScopes.Payments];

    public static readonly IReadOnlyList<string> AdminOnly =
        [PlatformScopes.CatalogWrite, PlatformScopes.OrdersAdmin, PlatformScopes.UsersAdmin, PlatformScopes.InventoryAdmin];

    public static IReadOnlyList<string> All { get; } = [.. Member, .. AdminOnly];

    /// <summary>Customer and Premium get the member scopes; Admin gets those and the admin scopes; other roles add nothing.</summary>
    public static IReadOnlyList<string> ForRoles(IEnumerable<string> roles)
    {
        var scopes = new List<string>();
        foreach (var role in roles.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (Is(role, PlatformRoles.Customer) || Is(role, PlatformRoles.Premium))
            {
                scopes.AddRange(Member);
            }
            else if (Is(role, PlatformRoles.Admin))
            {
                scopes.AddRange(Member);
                scopes.AddRange(AdminOnly);
            }
        }

        return All.Where(scopes.Contains).ToList();
    }

    private static bool Is(string role, string expected) => string.Equals(role, expected, StringComparison.OrdinalIgnoreCase);
}
