using Microsoft.EntityFrameworkCore;
using PurchasePlatform.Payments.Domain;
using PurchasePlatform.Payments.Infrastructure;
using PurchasePlatform.Payments.Orders;
using PurchasePlatform.Payments.Processing;

namespace PurchasePlatform.Payments.Reconciliation;

/// <summary>
/// A charge the reconciler completed may be for an order canceled meanwhile (the saga gave up and compensated): the
/// customer must not pay for it. Orders is asked for each such payment (<c>OrderCheckDue</c>); a canceled order's
/// payment is refunded in full through the refund path, with an idempotency key derived from the payment id, so a
/// repeat (a crash before the check is recorded) answers the first refund instead of making another.
/// </summary>
public sealed class LateChargeOrderCheck(IDbContextFactory<PaymentsDbContext> contexts, [FromKeyedServices(OwnOrderLookup.Key)] IOrderLookup orders,
    RefundProcessor refunds, ILogger<LateChargeOrderCheck> logger)
{
    public const string CallerId = "payments-reconciler";

    public const string RefundReason = "Order canceled before its payment completed";

    public static string RefundKey(string paymentId) => "order-canceled:" + paymentId;

    /// <returns>How many payments were refunded.</returns>
    public async Task<int> CheckDueAsync(int batchSize, CancellationToken cancellationToken)
    {
        List<DuePayment> due;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            due = await db.Payments.AsNoTracking().Where(p => p.OrderCheckDue).OrderBy(p => p.UpdatedAt).Take(batchSize)
                .Select(p => new DuePayment(p.Id, p.OrderId)).ToListAsync(cancellationToken);
        }

        var refunded = 0;
        foreach (var payment in due)
        {
            OrderCheck verdict;
            try
            {
                verdict = await CheckAsync(payment, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                logger.LogError(ex, "Checking the order of late payment {PaymentId} failed; checked again next pass", payment.Id);
                continue;
            }

            if (verdict == OrderCheck.Again)
            {
                continue;
            }

            // Of two passes finishing the same check, only the one that clears it counts the refund.
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var cleared = await db.Payments.Where(p => p.Id == payment.Id && p.OrderCheckDue)
                .ExecuteUpdateAsync(setters => setters.SetProperty(p => p.OrderCheckDue, false), cancellationToken);
            if (cleared == 1 && verdict == OrderCheck.Refunded)
            {
                PaymentMetrics.PaymentAutoRefunded();
                refunded++;
            }
        }

        return refunded;
    }

    private async Task<OrderCheck> CheckAsync(DuePayment payment, CancellationToken cancellationToken)
    {
        var lookup = await orders.FindAsync(payment.OrderId, bearerToken: null, cancellationToken);
        switch (lookup.Result)
        {
            case OrderLookupResult.Unavailable:
                logger.LogWarning("Order {OrderId} of late payment {PaymentId} could not be read; checked again next pass", payment.OrderId, payment.Id);
                return OrderCheck.Again;
            case OrderLookupResult.NotFound:
                logger.LogWarning("Orders does not know order {OrderId} of late payment {PaymentId}; the payment is kept", payment.OrderId, payment.Id);
                return OrderCheck.Kept;
            case OrderLookupResult.Found when !lookup.Order!.IsCanceled:
                return OrderCheck.Kept;
        }

        var outcome = await refunds.RefundAsync(new RefundCommand(CallerId, RefundKey(payment.Id), payment.Id, Amount: null, RefundReason),
            cancellationToken);
        switch (outcome)
        {
            case RefundOutcome.Completed { Refund.Status: RefundStatus.Succeeded } completed:
                logger.LogInformation("Late payment {PaymentId} of canceled order {OrderId} refunded in full ({RefundId})", payment.Id, payment.OrderId,
                    completed.Refund.Id);
                return OrderCheck.Refunded;
            case RefundOutcome.ProviderUnreachable or RefundOutcome.InProgress:
                logger.LogWarning("Refunding late payment {PaymentId} of canceled order {OrderId} did not finish ({Outcome}); tried again next pass",
                    payment.Id, payment.OrderId, outcome.GetType().Name);
                return OrderCheck.Again;
            case RefundOutcome.NotAllowed:
                logger.LogInformation("Late payment {PaymentId} of canceled order {OrderId} has nothing left to refund", payment.Id, payment.OrderId);
                return OrderCheck.Kept;
            default:
                logger.LogError("Late payment {PaymentId} of canceled order {OrderId} was not refunded: {Outcome}; it needs a person",
                    payment.Id, payment.OrderId, outcome);
                return OrderCheck.Kept;
        }
    }

    private enum OrderCheck
    {
        /// <summary>Nothing to refund (the order stands, or Orders does not know it).</summary>
        Kept,
        Refunded,

        /// <summary>Orders or the provider could not be asked: checked again next pass.</summary>
        Again,
    }

    private sealed record DuePayment(string Id, string OrderId);
}
