namespace PurchasePlatform.Orders.Domain;

/// <summary>
/// An order: its lines and amounts are fixed when it is placed; afterwards only its status moves, through
/// <see cref="OrderTransitions"/>, each move recorded in <see cref="History"/>.
/// </summary>
public sealed class Order
{
    private readonly List<OrderLine> _lines = [];
    private readonly List<OrderStatusChange> _history = [];

    private Order()
    {
    }

    public Guid Id { get; private init; }

    /// <summary>ORD-YYYY-NNNNNN, gap-free per year.</summary>
    public string OrderNumber { get; private init; } = "";

    public string UserId { get; private init; } = "";

    public OrderSource Source { get; private init; }

    public OrderStatus Status { get; private set; }

    public string Currency { get; private init; } = "";

    public long SubtotalCents { get; private init; }

    public long DiscountCents { get; private init; }

    public long TaxCents { get; private init; }

    public long ShippingCents { get; private init; }

    public long TotalCents { get; private init; }

    /// <summary>False when a line's price could not be learned (a flash-sale product the catalog does not know).</summary>
    public bool PriceKnown { get; private init; } = true;

    public string? ShippingAddressId { get; private init; }

    public string? BillingAddressId { get; private init; }

    public string? PaymentMethodId { get; private init; }

    public string? CouponCode { get; private init; }

    public string? Notes { get; private init; }

    /// <summary>The signed cart snapshot as received (seed 004 returns it with the order).</summary>
    public string? CartSnapshotJson { get; private init; }

    public string? PaymentId { get; private set; }

    public string? TrackingNumber { get; private set; }

    public string? Carrier { get; private set; }

    public string? CancellationReason { get; private set; }

    public DateTime? CanceledAt { get; private set; }

    public DateTime CreatedAt { get; private init; }

    public DateTime UpdatedAt { get; private set; }

    /// <summary>Bumped by every change; the database refuses a save made from an older copy.</summary>
    public int Version { get; private set; }

    public IReadOnlyList<OrderLine> Lines => _lines;

    public IReadOnlyList<OrderStatusChange> History => _history;

    public int ItemCount => _lines.Count;

    public int TotalQuantity => _lines.Sum(line => line.Quantity);

    public static Order Place(Guid id, string orderNumber, string userId, OrderSource source, IReadOnlyList<OrderLine> lines, OrderPricing pricing,
        OrderDetails details, DateTime now, string? cartSnapshotJson = null, bool priceKnown = true)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(orderNumber);
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        ArgumentOutOfRangeException.ThrowIfZero(lines.Count);
        if (lines.Any(line => line.Quantity <= 0 || line.UnitPriceCents < 0))
        {
            throw new ArgumentException("Order lines need a positive quantity and a price that is not negative", nameof(lines));
        }

        var order = new Order
        {
            Id = id,
            OrderNumber = orderNumber,
            UserId = userId,
            Source = source,
            Status = OrderStatus.Pending,
            Currency = pricing.Currency,
            SubtotalCents = pricing.SubtotalCents,
            DiscountCents = pricing.DiscountCents,
            TaxCents = pricing.TaxCents,
            ShippingCents = pricing.ShippingCents,
            TotalCents = pricing.TotalCents,
            PriceKnown = priceKnown,
            ShippingAddressId = details.ShippingAddressId,
            BillingAddressId = details.BillingAddressId,
            PaymentMethodId = details.PaymentMethodId,
            CouponCode = details.CouponCode,
            Notes = details.Notes,
            CartSnapshotJson = cartSnapshotJson,
            CreatedAt = now,
            UpdatedAt = now,
        };
        order._lines.AddRange(lines);
        order._history.Add(new OrderStatusChange { From = null, Status = OrderStatus.Pending, OccurredAt = now, Note = "Order created" });
        return order;
    }

    public bool CanMoveTo(OrderStatus status) => OrderTransitions.IsAllowed(Status, status);

    /// <exception cref="IllegalOrderTransitionException">the state machine does not allow it.</exception>
    public OrderStatusChange MoveTo(OrderStatus status, DateTime now, string? note = null, string? trackingNumber = null, string? carrier = null)
    {
        if (!CanMoveTo(status))
        {
            throw new IllegalOrderTransitionException(Status, status);
        }

        var change = new OrderStatusChange { From = Status, Status = status, OccurredAt = now, Note = note ?? DefaultNote(status), TrackingNumber = trackingNumber };
        Status = status;
        TrackingNumber = trackingNumber ?? TrackingNumber;
        Carrier = carrier ?? Carrier;
        Touch(now);
        _history.Add(change);
        return change;
    }

    /// <summary>Marks the order paid by <paramref name="paymentId"/>.</summary>
    public OrderStatusChange ConfirmPayment(string paymentId, DateTime now)
    {
        var change = MoveTo(OrderStatus.Paid, now, "Payment confirmed");
        PaymentId = paymentId;
        return change;
    }

    public OrderStatusChange Cancel(string? reason, DateTime now)
    {
        var change = MoveTo(OrderStatus.Cancelled, now, reason is null ? "Order cancelled" : $"Order cancelled: {reason}");
        CancellationReason = reason;
        CanceledAt = now;
        return change;
    }

    /// <summary>A note in the history without a status change (e.g. a failed payment: the order stays pending).</summary>
    public OrderStatusChange Note(string note, DateTime now)
    {
        var change = new OrderStatusChange { From = Status, Status = Status, OccurredAt = now, Note = note };
        Touch(now);
        _history.Add(change);
        return change;
    }

    private void Touch(DateTime now)
    {
        UpdatedAt = now;
        Version++;
    }

    private static string DefaultNote(OrderStatus status) => status switch
    {
        OrderStatus.Paid => "Payment confirmed",
        OrderStatus.Processing => "Order is being prepared",
        OrderStatus.Shipped => "Order shipped",
        OrderStatus.Delivered => "Order delivered",
        OrderStatus.Cancelled => "Order cancelled",
        _ => "Status changed",
    };
}
