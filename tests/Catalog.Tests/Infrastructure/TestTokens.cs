using System.Security.Claims;
using Microsoft.IdentityModel.Tokens;
using PurchasePlatform.TestSupport;

namespace PurchasePlatform.Catalog.Tests.Infrastructure;

/// <summary>Access tokens shaped like Identity's, signed with a key the test catalog trusts.</summary>
public static class TestTokens
{
    public static readonly RsaSecurityKey TrustedKey = AccessTokens.NewKey("trusted");

    public static string Customer(string userId, string email = "jane.doe@example.test") =>
        Create(userId, email, ["Customer"], "profile orders:read orders:write cart payments");

    public static string Admin() => Create(Guid.NewGuid().ToString("D"), "admin@example.test", ["Admin"], "profile catalog:write");

    /// <summary>A service or operator token holding the <c>catalog:write</c> scope without the Admin role.</summary>
    public static string CatalogWriter() => Create(Guid.NewGuid().ToString("D"), "writer@example.test", [], "catalog:write");

    private static string Create(string subject, string email, string[] roles, string scopes) =>
        AccessTokens.Create(TrustedKey, subject, scopes, roles, new Claim("email", email));
}
