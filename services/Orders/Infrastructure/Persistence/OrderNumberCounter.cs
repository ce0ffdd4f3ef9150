namespace PurchasePlatform.Orders.Infrastructure.Persistence;

/// <summary>The last order number given in a year; advanced in the transaction that inserts the order.</summary>
public sealed class OrderNumberCounter
{
    public const string Table = "order_number_counters";

    public int Year { get; init; }

    public long LastNumber { get; set; }
}
