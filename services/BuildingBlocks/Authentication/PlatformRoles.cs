namespace PurchasePlatform.BuildingBlocks.Authentication;

/// <summary>The values of the <c>role</c> claim.</summary>
public static class PlatformRoles
{
    public const string Customer = "Customer";
    public const string Premium = "Premium";
    public const string Admin = "Admin";
}
