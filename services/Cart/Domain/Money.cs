namespace PurchasePlatform.Cart.Domain;

/// <summary>
/// The one rounding rule for amounts derived from a rate (discounts, tax): to the nearest cent, halves away from
/// zero, computed in integer arithmetic. Amounts are non-negative.
/// </summary>
public static class Money
{
    public const string RoundingRule = "half-away-from-zero to the cent";

    public const int BasisPointsPerWhole = 10_000;

    /// <summary><paramref name="cents"/> times <paramref name="basisPoints"/>/10000, rounded.</summary>
    public static long ApplyRate(long cents, long basisPoints)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(cents);
        ArgumentOutOfRangeException.ThrowIfNegative(basisPoints);
        return (long)(((Int128)cents * basisPoints + BasisPointsPerWhole / 2) / BasisPointsPerWhole);
    }

    /// <summary>The decimal amount shown on the wire (seed 003: 299.99).</summary>
    public static decimal ToDecimal(long cents) => cents / 100m;

    /// <summary>Whole cents of a configured decimal amount; null when it has a fraction of a cent.</summary>
    public static long? ToCents(decimal amount) => decimal.Round(amount * 100m) == amount * 100m ? (long)(amount * 100m) : null;
}
