namespace PurchasePlatform.Cart.Tests.Infrastructure;

/// <summary>Coupons only the tests use, added after the ones in appsettings.json (indexes from 100).</summary>
public static class TestCoupons
{
    public const string Expired = "T-EXPIRED";
    public const string NotYetActive = "T-FUTURE";
    public const string Minimum100 = "T-MIN100";
    public const string Fixed25 = "T-FIXED25";
    public const string OneUseOverall = "T-ONEUSE";
    public const string ThreeUsesOverall = "T-THREEUSES";
    public const string OncePerUser = "T-ONCEEACH";

    public static IEnumerable<(string Key, string Value)> Settings()
    {
        (string Code, (string Name, string Value)[] Fields)[] coupons =
        [
            (Expired, [("Type", "percentage"), ("Value", "10"), ("ExpiresAt", "2020-01-01T00:00:00Z")]),
            (NotYetActive, [("Type", "percentage"), ("Value", "10"), ("StartsAt", "2099-01-01T00:00:00Z")]),
            (Minimum100, [("Type", "fixed"), ("Value", "5"), ("MinimumSubtotal", "100")]),
            (Fixed25, [("Type", "fixed"), ("Value", "25.00")]),
            (OneUseOverall, [("Type", "percentage"), ("Value", "5"), ("MaxUses", "1")]),
            (ThreeUsesOverall, [("Type", "percentage"), ("Value", "5"), ("MaxUses", "3")]),
            (OncePerUser, [("Type", "percentage"), ("Value", "5"), ("MaxUsesPerUser", "1")]),
        ];
        for (var i = 0; i < coupons.Length; i++)
        {
            var prefix = $"Cart:Coupons:{100 + i}:";
            yield return (prefix + "Code", coupons[i].Code);
            foreach (var (name, value) in coupons[i].Fields)
            {
                yield return (prefix + name, value);
            }
        }
    }
}
