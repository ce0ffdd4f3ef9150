using PurchasePlatform.Payments.Domain;

namespace PurchasePlatform.Payments.Tests.Domain;

public sealed class MoneyTests
{
    [Theory]
    [InlineData(863.98, "USD", 86398L)]
    [InlineData(0.01, "EUR", 1L)]
    [InlineData(1500, "JPY", 1500L)]
    [InlineData(1000000, "USD", 100000000L)]
    public void Amounts_become_minor_units(decimal amount, string currency, long expected) =>
        Assert.Equal(expected, Money.ToMinorUnits(amount, currency));

    [Theory]
    [InlineData(0.001, "USD")]
    [InlineData(1.5, "JPY")]
    [InlineData(0, "USD")]
    [InlineData(1000000.01, "USD")]
    [InlineData(10, "ABC")]
    public void Amounts_the_currency_cannot_hold_are_refused(decimal amount, string currency) =>
        Assert.Null(Money.ToMinorUnits(amount, currency));

    [Fact]
    public void Minor_units_become_amounts() => Assert.Equal(863.98m, Money.ToAmount(86398, "USD"));
}
