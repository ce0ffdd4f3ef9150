namespace PurchasePlatform.Catalog.Apis;

/// <summary>Integer cents inside, decimal amounts on the wire (seed 003).</summary>
public static class Money
{
    public static decimal ToDecimal(long cents) => cents / 100m;

    public static decimal? ToDecimal(long? cents) => cents is { } value ? value / 100m : null;

    /// <summary>Callers validate that the amount has at most two decimals first.</summary>
    public static long ToCents(decimal amount) => (long)Math.Round(amount * 100m, MidpointRounding.AwayFromZero);

    public static bool HasAtMostTwoDecimals(decimal amount) => amount * 100m == Math.Truncate(amount * 100m);
}
