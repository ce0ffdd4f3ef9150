using Microsoft.EntityFrameworkCore;
using PurchasePlatform.Orders.Domain;
using PurchasePlatform.Orders.Events;
using PurchasePlatform.Orders.Infrastructure.Persistence;

namespace PurchasePlatform.Orders.Application;

/// <summary>
/// Places orders: in one transaction the year's order number is taken (its counter row stays locked until commit,
/// which also queues concurrent placements), the idempotency key is checked again, and the order, its
/// <c>orders.order_placed.v1</c> outbox row and the idempotency record (or the processed event) are inserted.
/// Ten identical requests at once therefore make one order; the nine others replay its answer.
/// </summary>
public sealed class OrderPlacement(OrdersDbContext db, TimeProvider clock)
{
    /// <returns>The earlier answer for this key, or null when the key is new.</returns>
    public async Task<Placement?> FindAsync(IdempotentRequest request, CancellationToken cancellationToken)
    {
        var record = await db.IdempotencyRecords.AsNoTracking().FirstOrDefaultAsync(r => r.Key == request.Key, cancellationToken);
        return record is null ? null : Replay(record, request);
    }

    /// <param name="answer">The first answer (status and JSON body) for the created order; stored for replays.</param>
    public async Task<Placement> PlaceAsync(OrderDraft draft, IdempotentRequest request, Func<Order, (int StatusCode, string Body)> answer,
        CancellationToken cancellationToken)
    {
        try
        {
            return await PlaceOnceAsync(draft, request, answer, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another request with this key may have committed between our check and our insert (PostgreSQL's read committed).
            var earlier = await FindAfterClashAsync(request, cancellationToken);
            if (earlier is null)
            {
                throw;
            }

            return earlier;
        }
    }

    /// <summary>Places a flash-sale order exactly once: its id is fixed by Inventory and the event is recorded as processed.</summary>
    /// <returns>False when it was placed before.</returns>
    public async Task<bool> PlaceOnceForEventAsync(OrderDraft draft, string eventId, string topic, CancellationToken cancellationToken)
    {
        var id = draft.Id ?? throw new ArgumentException("A flash-sale order has its id already", nameof(draft));
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var number = await OrderNumbers.NextAsync(db, now.Year, cancellationToken);
        if (await db.Orders.AnyAsync(order => order.Id == id, cancellationToken)
            || await db.ProcessedEvents.AnyAsync(processed => processed.EventId == eventId, cancellationToken))
        {
            await transaction.RollbackAsync(cancellationToken);
            return false;
        }

        var order = draft.Place(number, now);
        db.Orders.Add(order);
        db.OutboxMessages.Add(OrderEvents.Placed(order));
        db.ProcessedEvents.Add(new ProcessedEvent { EventId = eventId, Topic = topic, ProcessedAt = now });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private async Task<Placement> PlaceOnceAsync(OrderDraft draft, IdempotentRequest request, Func<Order, (int StatusCode, string Body)> answer,
        CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var number = await OrderNumbers.NextAsync(db, now.Year, cancellationToken);
        var earlier = await db.IdempotencyRecords.AsNoTracking().FirstOrDefaultAsync(r => r.Key == request.Key, cancellationToken);
        if (earlier is not null)
        {
            await transaction.RollbackAsync(cancellationToken);
            return Replay(earlier, request);
        }

        var order = draft.Place(number, now);
        var (statusCode, body) = answer(order);
        db.Orders.Add(order);
        db.OutboxMessages.Add(OrderEvents.Placed(order));
        db.IdempotencyRecords.Add(new IdempotencyRecord
        {
            Key = request.Key,
            RequestHash = request.RequestHash,
            OrderId = order.Id,
            StatusCode = statusCode,
            ResponseBody = body,
            CreatedAt = now,
        });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new Placement(PlacementOutcome.Created, order.Id, statusCode, body);
    }

    private async Task<Placement?> FindAfterClashAsync(IdempotentRequest request, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        return await FindAsync(request, cancellationToken);
    }

    private static Placement Replay(IdempotencyRecord record, IdempotentRequest request) =>
        new(record.RequestHash == request.RequestHash ? PlacementOutcome.Replayed : PlacementOutcome.KeyReused, record.OrderId, record.StatusCode,
            record.ResponseBody);
}
