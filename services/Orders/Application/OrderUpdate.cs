using PurchasePlatform.Orders.Domain;

namespace PurchasePlatform.Orders.Application;

public enum OrderUpdateOutcome
{
    Done,
    NotFound,

    /// <summary>The state machine refused the change; <see cref="OrderUpdate.Order"/> is the order as it is.</summary>
    Refused,
}

public sealed record OrderUpdate(OrderUpdateOutcome Outcome, Order? Order, IllegalOrderTransitionException? Refusal = null)
{
    public static readonly OrderUpdate NotFound = new(OrderUpdateOutcome.NotFound, null);
}
