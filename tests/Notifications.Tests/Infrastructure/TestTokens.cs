using Microsoft.IdentityModel.Tokens;
using PurchasePlatform.TestSupport;

namespace PurchasePlatform.Notifications.Tests.Infrastructure;

/// <summary>Access tokens shaped like Identity's, signed with a key the test Notifications service trusts.</summary>
public static class TestTokens
{
    public const string CustomerScopes = "profile orders:read orders:write cart payments";
    private const string AdminScopes = "catalog:write orders:admin users:admin inventory:admin";

    public static readonly RsaSecurityKey TrustedKey = AccessTokens.NewKey("notifications-tests");

    public static string Customer(Guid userId) => Create(userId, ["Customer"], CustomerScopes);

    public static string Admin(Guid? userId = null) => Create(userId ?? Guid.NewGuid(), ["Admin"], CustomerScopes + " " + AdminScopes);

    /// <summary>A client-credentials token of another service: <c>sub</c> the client id, role Service, the given scopes.</summary>
    public static string Service(string clientId, string scopes) => AccessTokens.Create(TrustedKey, clientId, scopes, ["Service"]);

    public static string WithScopes(Guid userId, string scopes) => Create(userId, ["Customer"], scopes);

    private static string Create(Guid subject, string[] roles, string scopes) => AccessTokens.Create(TrustedKey, subject.ToString("D"), scopes, roles);
}
