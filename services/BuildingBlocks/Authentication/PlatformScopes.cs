namespace PurchasePlatform.BuildingBlocks.Authentication;

/// <summary>The values carried, space-separated, in the <c>scope</c> claim.</summary>
public static class PlatformScopes
{
    public const string ClaimType = "scope";

    public const string Profile = "profile";
    public const string OrdersRead = "orders:read";
    public const string OrdersWrite = "orders:write";
    public const string Cart = "cart";
    public const string Payments = "payments";

    public const string CatalogWrite = "catalog:write";
    public const string OrdersAdmin = "orders:admin";
    public const string UsersAdmin = "users:admin";
    public const string InventoryAdmin = "inventory:admin";
}
