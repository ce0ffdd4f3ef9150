using Microsoft.IdentityModel.Tokens;
using PurchasePlatform.TestSupport;

namespace PurchasePlatform.Cart.Tests.Infrastructure;

/// <summary>Access tokens shaped like Identity's, signed with the key the test cart app trusts.</summary>
public static class TestTokens
{
    public const string CustomerScopes = "profile orders:read orders:write cart payments";

    public static readonly RsaSecurityKey TrustedKey = AccessTokens.NewKey("cart-tests");

    public static string For(Guid userId, string scopes = CustomerScopes) => For(userId.ToString("D"), scopes);

    public static string For(string subject, string scopes) => AccessTokens.Create(TrustedKey, subject, scopes, []);
}
