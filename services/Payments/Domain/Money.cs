namespace PurchasePlatform.Payments.Domain;

/// <summary>Converts between the wire's decimal amounts and the integer minor units (cents) stored and charged.</summary>
public static class Money
{
    /// <summary>The largest single charge accepted, in major units.</summary>
    public const decimal MaxAmount = 1_000_000m;

    /// <returns>The amount in minor units, or null when it is not positive, too large, or finer than the currency allows.</returns>
    public static long? ToMinorUnits(decimal amount, string currency)
    {
        if (amount <= 0 || amount > MaxAmount || !Currencies.IsSupported(currency))
        {
            return null;
        }

        var minor = amount * Factor(currency);
        return minor == decimal.Truncate(minor) ? (long)minor : null;
    }

    public static decimal ToAmount(long minorUnits, string currency) => minorUnits / Factor(currency);

    private static decimal Factor(string currency) => Currencies.MinorDigitsOf(currency) switch
    {
        0 => 1m,
        var digits => (decimal)Math.Pow(10, digits),
    };
}
