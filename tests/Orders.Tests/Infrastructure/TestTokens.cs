using Microsoft.IdentityModel.Tokens;
using PurchasePlatform.TestSupport;

namespace PurchasePlatform.Orders.Tests.Infrastructure;

/// <summary>Access tokens shaped like Identity's, signed with a key the test app trusts.</summary>
public static class TestTokens
{
    // Identity's scopes per role (services/Identity/Tokens/TokenScopes.cs).
    public const string CustomerScopes = "profile orders:read orders:write cart payments";
    public const string AdminScopes = CustomerScopes + " catalog:write orders:admin users:admin inventory:admin";

    public static readonly RsaSecurityKey TrustedKey = AccessTokens.NewKey("orders-tests");

    public static string Customer(string subject) => AccessTokens.Create(TrustedKey, subject, CustomerScopes, ["Customer"]);

    public static string Admin(string subject) => AccessTokens.Create(TrustedKey, subject, AdminScopes, ["Admin"]);

    public static string WithScopes(string subject, string scopes) => AccessTokens.Create(TrustedKey, subject, scopes, ["Customer"]);
}
