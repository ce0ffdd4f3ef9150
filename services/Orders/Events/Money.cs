namespace PurchasePlatform.Orders.Events;

/// <summary>Integer cents shown as the decimal amounts seeds 002 and 003 use.</summary>
public static class Money
{
    public static decimal ToDecimal(long cents) => cents / 100m;

    public static long ToCents(decimal amount) => (long)Math.Round(amount * 100m, MidpointRounding.AwayFromZero);
}
