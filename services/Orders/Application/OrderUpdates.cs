using Microsoft.EntityFrameworkCore;
using PurchasePlatform.Orders.Domain;
using PurchasePlatform.Orders.Events;
using PurchasePlatform.Orders.Infrastructure.Persistence;

namespace PurchasePlatform.Orders.Application;

/// <summary>
/// Changes an order's status and writes the change's events to the outbox in the same save. Two changes racing on
/// one order cannot both win: the loser's save fails on the order's version and it is tried again on the fresh order
/// (where the state machine may now refuse it).
/// </summary>
public sealed class OrderUpdates(OrdersDbContext db, TimeProvider clock)
{
    private const int Attempts = 5;

    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <param name="change">Applies the change to the order and returns the history entries it made; throws
    /// <see cref="IllegalOrderTransitionException"/> when the order cannot change so.</param>
    /// <param name="alongside">More rows to save in the same transaction (e.g. a processed event).</param>
    public async Task<OrderUpdate> ApplyAsync(Guid orderId, Func<Order, IReadOnlyList<OrderStatusChange>> change, CancellationToken cancellationToken,
        Action<OrdersDbContext>? alongside = null)
    {
        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            var order = await db.Orders.FirstOrDefaultAsync(o => o.Id == orderId, cancellationToken);
            if (order is null)
            {
                return OrderUpdate.NotFound;
            }

            IReadOnlyList<OrderStatusChange> changes;
            try
            {
                changes = change(order);
            }
            catch (IllegalOrderTransitionException refusal)
            {
                return new OrderUpdate(OrderUpdateOutcome.Refused, order, refusal);
            }

            foreach (var made in changes.Where(made => made.From != made.Status))
            {
                db.OutboxMessages.AddRange(OrderEvents.Changed(order, made));
            }

            alongside?.Invoke(db);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return new OrderUpdate(OrderUpdateOutcome.Done, order);
            }
            catch (DbUpdateConcurrencyException) when (attempt < Attempts)
            {
            }
        }
    }

    public async Task<Order?> FindAsync(Guid orderId, CancellationToken cancellationToken) =>
        await db.Orders.AsNoTracking().FirstOrDefaultAsync(o => o.Id == orderId, cancellationToken);
}
