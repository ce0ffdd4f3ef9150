namespace PurchasePlatform.Payments.Orders;

/// <summary>What Payments needs to know of an order before charging for it (Orders' <c>GET /api/orders/{id}</c>).</summary>
/// <param name="Status">Orders' status name (seed 004 spelling: pending, paid, processing, shipped, delivered, canceled).</param>
public sealed record OrderFacts(string? UserId, string Status, decimal TotalAmount, string Currency)
{
    public const string PayableStatus = "pending";

    /// <summary>Whether the order was canceled (the internal routes spell it "canceled", the public API "cancelled").</summary>
    public bool IsCanceled =>
        string.Equals(Status, "canceled", StringComparison.OrdinalIgnoreCase) || string.Equals(Status, "cancelled", StringComparison.OrdinalIgnoreCase);
}

/// <summary>Orders' answer: the order, or why there is none to show (<see cref="OrderFacts"/> null then).</summary>
public sealed record OrderLookup(OrderLookupResult Result, OrderFacts? Order = null)
{
    public static OrderLookup Found(OrderFacts order) => new(OrderLookupResult.Found, order);

    public static readonly OrderLookup NotFound = new(OrderLookupResult.NotFound);

    public static readonly OrderLookup Unavailable = new(OrderLookupResult.Unavailable);
}

public enum OrderLookupResult
{
    Found,

    /// <summary>No such order, or not one the caller may see.</summary>
    NotFound,

    /// <summary>Orders could not be asked (down, timed out, an answer that is not an order).</summary>
    Unavailable,
}
