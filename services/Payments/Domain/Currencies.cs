using System.Collections.Frozen;

namespace PurchasePlatform.Payments.Domain;

/// <summary>The ISO 4217 currencies the card provider accepts, with how many minor units (cents) each has.</summary>
public static class Currencies
{
    private static readonly FrozenDictionary<string, int> MinorDigits = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["USD"] = 2, ["EUR"] = 2, ["GBP"] = 2, ["CAD"] = 2, ["AUD"] = 2, ["CHF"] = 2, ["SEK"] = 2, ["NOK"] = 2,
        ["DKK"] = 2, ["PLN"] = 2, ["NZD"] = 2, ["SGD"] = 2, ["HKD"] = 2, ["MXN"] = 2, ["BRL"] = 2, ["INR"] = 2,
        ["CNY"] = 2, ["ZAR"] = 2, ["JPY"] = 0, ["KRW"] = 0,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static bool IsSupported(string? code) => code is not null && MinorDigits.ContainsKey(code);

    public static int MinorDigitsOf(string code) => MinorDigits[code];
}
