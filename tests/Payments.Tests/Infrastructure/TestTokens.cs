using Microsoft.IdentityModel.Tokens;
using PurchasePlatform.TestSupport;

namespace PurchasePlatform.Payments.Tests.Infrastructure;

/// <summary>Access tokens shaped like Identity's, signed with a key the test Payments service trusts.</summary>
public static class TestTokens
{
    public const string CustomerScopes = "profile orders:read orders:write cart payments";
    private const string AdminScopes = "catalog:write orders:admin users:admin inventory:admin";

    public static readonly RsaSecurityKey TrustedKey = AccessTokens.NewKey("payments-tests");

    public static string Customer(Guid userId) => Create(userId, ["Customer"], CustomerScopes);

    public static string Admin(Guid? userId = null) => Create(userId ?? Guid.NewGuid(), ["Admin"], CustomerScopes + " " + AdminScopes);

    /// <summary>A service token (e.g. the orchestrator's): no admin role, the payments:admin scope.</summary>
    public static string PaymentsService() => Create(Guid.NewGuid(), [], "payments payments:admin");

    /// <summary>The purchase orchestrator's client-credentials token: <c>sub</c> "orchestrator" (not a user), role Service.</summary>
    public static string Orchestrator() =>
        AccessTokens.Create(TrustedKey, "orchestrator", "orders:admin payments:admin inventory:admin", ["Service"]);

    public static string WithScopes(Guid userId, string scopes) => Create(userId, ["Customer"], scopes);

    private static string Create(Guid subject, string[] roles, string scopes) => AccessTokens.Create(TrustedKey, subject.ToString("D"), scopes, roles);
}
