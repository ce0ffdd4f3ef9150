namespace PurchasePlatform.Identity.Domain.Users;

/// <summary>The platform's roles, as they appear in the access token's <c>role</c> claims.</summary>
public static class Roles
{
    public const string Customer = "Customer";
    public const string Premium = "Premium";
    public const string Admin = "Admin";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal) { Customer, Premium, Admin };
}
