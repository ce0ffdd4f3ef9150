namespace PurchasePlatform.Orders.Domain;

/// <summary>An entry of an order's status history (seed 003's <c>statusHistory</c>); the first is the creation.</summary>
public sealed class OrderStatusChange
{
    public long Id { get; init; }

    public required OrderStatus? From { get; init; }

    public required OrderStatus Status { get; init; }

    public required DateTime OccurredAt { get; init; }

    public string? Note { get; init; }

    public string? TrackingNumber { get; init; }
}
