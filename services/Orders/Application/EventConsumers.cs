using Microsoft.EntityFrameworkCore;
using PurchasePlatform.Orders.Domain;
using PurchasePlatform.Orders.Events;
using PurchasePlatform.Orders.Infrastructure.Catalog;
using PurchasePlatform.Orders.Infrastructure.Persistence;
using Microsoft.Extensions.Options;

namespace PurchasePlatform.Orders.Application;

/// <summary>
/// Orders' reactions to other services' events. Each records the event id in <c>processed_events</c> in the
/// transaction of its effect, so a second delivery of the same event changes nothing.
/// </summary>
public sealed class EventConsumers(OrdersDbContext db, OrderUpdates updates, OrderPlacement placement, IProductCatalog catalog,
    IOptions<OrdersOptions> options, ILogger<EventConsumers> logger)
{
    /// <summary>
    /// The order is paid: pending -> paid, announced by order_confirmed, when the payment's amount and currency are the
    /// order's total and its user the order's. A payment that does not match leaves the order pending and is noted (and
    /// logged); one for an order that moved on is only noted.
    /// </summary>
    public async Task<ConsumerOutcome> PaymentCompletedAsync(PaymentCompleted message, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(message.EventId) || string.IsNullOrEmpty(message.PaymentId) || !Guid.TryParse(message.OrderId, out var orderId))
        {
            return ConsumerOutcome.Drop;
        }

        return await OnceAsync(message.EventId, OrderTopics.PaymentCompleted, orderId, order =>
        {
            if (PaymentMatch.Mismatch(order, message) is { } mismatch)
            {
                logger.LogWarning("Payment {PaymentId} does not pay order {OrderId}: {Mismatch}", message.PaymentId, orderId, mismatch);
                return [order.Note($"Payment {message.PaymentId} not accepted: {mismatch}", updates.Now)];
            }

            return order.Status == OrderStatus.Pending
                ? [order.ConfirmPayment(message.PaymentId, updates.Now)]
                : [order.Note($"Payment {message.PaymentId} completed while the order was {OrderStatusNames.Public(order.Status)}", updates.Now)];
        }, cancellationToken);
    }

    /// <summary>The payment failed: the order stays pending (the buyer may pay again, or the saga cancels it); the failure is noted in its history.</summary>
    public async Task<ConsumerOutcome> PaymentFailedAsync(PaymentFailed message, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(message.EventId) || !Guid.TryParse(message.OrderId, out var orderId))
        {
            return ConsumerOutcome.Drop;
        }

        var reason = message.Data?.Reason ?? "unknown reason";
        var code = message.Data?.ErrorCode is { Length: > 0 } errorCode ? $" ({errorCode})" : "";
        return await OnceAsync(message.EventId, OrderTopics.PaymentFailed, orderId,
            order => [order.Note($"Payment {message.PaymentId} failed: {reason}{code}", updates.Now)], cancellationToken);
    }

    /// <summary>
    /// A flash-sale order Inventory accepted: stored once, with the id Inventory gave it, priced from the catalog; a
    /// product the catalog does not know is stored at price 0 with <see cref="Order.PriceKnown"/> false.
    /// </summary>
    public async Task<ConsumerOutcome> InventoryOrderAcceptedAsync(InventoryOrderAccepted message, CancellationToken cancellationToken)
    {
        if (message.OrderId is not { } orderId || orderId == Guid.Empty || string.IsNullOrEmpty(message.ProductId)
            || string.IsNullOrEmpty(message.UserId) || message.Quantity <= 0)
        {
            return ConsumerOutcome.Drop;
        }

        var eventId = string.IsNullOrEmpty(message.EventId) ? orderId.ToString("D") : message.EventId;
        if (await AlreadyProcessedAsync(eventId, cancellationToken) || await db.Orders.AnyAsync(order => order.Id == orderId, cancellationToken))
        {
            return ConsumerOutcome.Success;
        }

        IReadOnlyDictionary<string, CatalogProduct> products;
        try
        {
            products = await catalog.FindAsync([message.ProductId], cancellationToken);
        }
        catch (CatalogUnavailableException)
        {
            return ConsumerOutcome.Retry;
        }

        var product = products.GetValueOrDefault(message.ProductId);
        if (product is null)
        {
            logger.LogWarning("Flash-sale order {OrderId} is for {ProductId}, which the catalog does not know: stored with price 0", orderId, message.ProductId);
        }

        var currency = product?.Currency ?? options.Value.DefaultCurrency;
        var line = new OrderLine
        {
            ProductId = message.ProductId,
            ProductName = product?.Name ?? message.ProductId,
            Sku = product?.Sku,
            ImageUrl = product?.ImageUrl,
            UnitPriceCents = product?.PriceCents ?? 0,
            Quantity = message.Quantity,
        };
        var draft = new OrderDraft(message.UserId, OrderSource.FlashSale, [line], OrderPricing.OfLines(currency, [line]),
            OrderDetails.None with { Notes = message.IdempotencyKey is null ? null : $"Flash sale, key {message.IdempotencyKey}" },
            PriceKnown: product is not null, Id: orderId);
        try
        {
            await placement.PlaceOnceForEventAsync(draft, eventId, OrderTopics.InventoryOrderAccepted, cancellationToken);
            return ConsumerOutcome.Success;
        }
        catch (DbUpdateException)
        {
            // A concurrent delivery stored it first; otherwise let Dapr deliver again.
            return await AlreadyProcessedAsync(eventId, cancellationToken) ? ConsumerOutcome.Success : ConsumerOutcome.Retry;
        }
    }

    private async Task<ConsumerOutcome> OnceAsync(string eventId, string topic, Guid orderId, Func<Order, IReadOnlyList<OrderStatusChange>> change,
        CancellationToken cancellationToken)
    {
        if (await AlreadyProcessedAsync(eventId, cancellationToken))
        {
            return ConsumerOutcome.Success;
        }

        try
        {
            var update = await updates.ApplyAsync(orderId, change, cancellationToken,
                alongside: context => context.ProcessedEvents.Add(new ProcessedEvent { EventId = eventId, Topic = topic, ProcessedAt = updates.Now }));
            if (update.Outcome == OrderUpdateOutcome.NotFound)
            {
                logger.LogWarning("{Topic} event {EventId} names order {OrderId}, which does not exist", topic, eventId, orderId);
                return ConsumerOutcome.Drop;
            }

            return ConsumerOutcome.Success;
        }
        catch (DbUpdateException)
        {
            return await AlreadyProcessedAsync(eventId, cancellationToken) ? ConsumerOutcome.Success : ConsumerOutcome.Retry;
        }
    }

    private async Task<bool> AlreadyProcessedAsync(string eventId, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        return await db.ProcessedEvents.AnyAsync(processed => processed.EventId == eventId, cancellationToken);
    }
}
