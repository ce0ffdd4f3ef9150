using PurchasePlatform.Cart.Domain;

namespace PurchasePlatform.Cart.Tests.Domain;

public sealed class MoneyTests
{
    [Theory]
    [InlineData(99997, 2000, 19999)] // seed: 20% of 999.97 = 199.994
    [InlineData(79998, 800, 6400)] // seed: 8% of 799.98 = 63.9984
    [InlineData(99997, 800, 8000)] // 79.9976
    [InlineData(5, 1000, 1)] // 0.5 cent: halves go away from zero
    [InlineData(25, 1000, 3)] // 2.5: not to even
    [InlineData(15, 1000, 2)]
    [InlineData(14, 1000, 1)]
    [InlineData(0, 800, 0)]
    [InlineData(123456, 0, 0)]
    [InlineData(123456, 10000, 123456)]
    public void Rates_round_to_the_nearest_cent_halves_away_from_zero(long cents, long basisPoints, long expected) =>
        Assert.Equal(expected, Money.ApplyRate(cents, basisPoints));

    [Fact]
    public void Large_amounts_do_not_overflow() =>
        Assert.Equal(long.MaxValue / 2, Money.ApplyRate(long.MaxValue / 2, 10000));

    [Theory]
    [InlineData(29999, "299.99")]
    [InlineData(6400, "64")]
    [InlineData(1, "0.01")]
    public void Cents_become_decimals_of_the_currency(long cents, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Money.ToDecimal(cents));

    [Theory]
    [InlineData("10.00", 1000L)]
    [InlineData("12.5", 1250L)]
    [InlineData("0.001", null)]
    public void Configured_amounts_must_be_whole_cents(string amount, long? expected) =>
        Assert.Equal(expected, Money.ToCents(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)));
}
