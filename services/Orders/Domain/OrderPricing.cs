namespace PurchasePlatform.Orders.Domain;

/// <summary>The amounts of an order in integer cents of <see cref="Currency"/>.</summary>
public sealed record OrderPricing(string Currency, long SubtotalCents, long DiscountCents, long TaxCents, long ShippingCents, long TotalCents)
{
    /// <summary>Lines only: no discount, tax or shipping.</summary>
    public static OrderPricing OfLines(string currency, IEnumerable<OrderLine> lines)
    {
        var subtotal = lines.Sum(line => line.LineTotalCents);
        return new OrderPricing(currency, subtotal, 0, 0, 0, subtotal);
    }
}
