using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PurchasePlatform.Payments.Domain;
using PurchasePlatform.Payments.Infrastructure;
using PurchasePlatform.Payments.Providers;
using PurchasePlatform.Payments.Resilience;

namespace PurchasePlatform.Payments.Processing;

/// <summary>
/// Refunds part or all of a payment exactly once per idempotency key. The refund's amount is reserved on the
/// payment (guarded by its version) in the same transaction as the key, so concurrent refunds never add up to more
/// than was paid; the provider is called with no transaction open and with the refund id as its idempotency key.
/// </summary>
public sealed class RefundProcessor(IDbContextFactory<PaymentsDbContext> contexts, ResilientPaymentProvider provider, InProgressWaiter waiter,
    IOptions<PaymentsOptions> options, TimeProvider clock, ILogger<RefundProcessor> logger)
{
    // Each lost save means another refund of the payment was stored first; many in a row means saving itself fails.
    private const int MaxLostSaves = 50;

    public static string ScopeOf(string paymentId) => "refund:" + paymentId;

    public async Task<RefundOutcome> RefundAsync(RefundCommand command, CancellationToken cancellationToken)
    {
        var scope = ScopeOf(command.PaymentId);
        var waited = waiter.Start();
        var lostSaves = 0;
        while (true)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var record = await db.IdempotencyKeys.AsNoTracking().SingleOrDefaultAsync(
                key => key.Scope == scope && key.CallerId == command.CallerId && key.Key == command.IdempotencyKey, cancellationToken);
            var payment = await db.Payments.SingleOrDefaultAsync(p => p.Id == command.PaymentId, cancellationToken);
            if (payment is null)
            {
                return new RefundOutcome.PaymentNotFound();
            }

            if (record is not null)
            {
                if (record.RequestHash != command.Fingerprint)
                {
                    return new RefundOutcome.KeyReused();
                }

                var refund = payment.Refunds.Single(r => r.Id == record.ResourceId);
                if (refund.Status != RefundStatus.Processing)
                {
                    return new RefundOutcome.Completed(payment, refund, Replayed: true);
                }

                if (payment.TryClaimRefund(refund, Now(), Now() + options.Value.ClaimDuration) && await TrySaveAsync(db, cancellationToken))
                {
                    logger.LogInformation("Took over abandoned refund {RefundId}", refund.Id);
                    return await ProcessAsync(db, payment, refund, replayed: true);
                }

                if (!await waiter.WaitAsync(waited, cancellationToken))
                {
                    return new RefundOutcome.InProgress();
                }

                continue;
            }

            var amountCents = command.Amount is { } amount ? Money.ToMinorUnits(amount, payment.Currency) : payment.RefundableCents;
            var now = Now();
            var started = amountCents is { } cents && payment.ChargeSucceeded
                ? payment.StartRefund(cents, command.Reason, now, now + options.Value.ClaimDuration)
                : null;
            if (started is null)
            {
                // What is left may have gone to a duplicate of this request stored since we looked for the key.
                if (await db.IdempotencyKeys.AnyAsync(key => key.Scope == scope && key.CallerId == command.CallerId && key.Key == command.IdempotencyKey,
                        cancellationToken))
                {
                    continue;
                }

                return !payment.ChargeSucceeded || payment.RefundableCents == 0
                    ? new RefundOutcome.NotAllowed(payment)
                    : new RefundOutcome.InvalidAmount(payment);
            }

            db.IdempotencyKeys.Add(new IdempotencyRecord
            {
                Scope = scope, CallerId = command.CallerId, Key = command.IdempotencyKey, RequestHash = command.Fingerprint,
                ResourceId = started.Id, CreatedAt = now,
            });
            if (await TrySaveAsync(db, cancellationToken))
            {
                return await ProcessAsync(db, payment, started, replayed: false);
            }

            // Another refund of the payment (or this key) was stored first: decide again on fresh totals.
            if (++lostSaves > MaxLostSaves)
            {
                throw new InvalidOperationException($"Storing a refund of {command.PaymentId} failed {lostSaves} times");
            }
        }
    }

    private async Task<RefundOutcome> ProcessAsync(PaymentsDbContext db, Payment payment, Refund refund, bool replayed)
    {
        ProviderRefundResult result;
        try
        {
            result = await provider.RefundAsync(new ProviderRefundRequest(refund.Id, payment.TransactionId!, refund.AmountCents, refund.Currency),
                CancellationToken.None);
        }
        catch (ProviderUnreachableException ex)
        {
            logger.LogWarning(ex, "Refund {RefundId} stays processing: {Reason}", refund.Id, ex.Message);
            payment.ReleaseRefund(refund, Now());
            await TrySaveAsync(db, CancellationToken.None);
            return new RefundOutcome.ProviderUnreachable(payment, refund);
        }

        if (result.Succeeded)
        {
            payment.CompleteRefund(refund, result.RefundId!, Now());
            db.OutboxMessages.Add(PaymentEvents.Refunded(payment, refund));
        }
        else
        {
            payment.FailRefund(refund, result.FailureMessage ?? "Refund failed", Now());
        }

        // The payment's version may have moved (another refund completed meanwhile): re-apply on fresh state.
        for (var attempt = 0; !await TrySaveAsync(db, CancellationToken.None); attempt++)
        {
            if (attempt >= MaxLostSaves)
            {
                throw new InvalidOperationException($"Completing refund {refund.Id} failed {attempt} times");
            }

            var fresh = await db.Payments.SingleAsync(p => p.Id == payment.Id);
            var freshRefund = fresh.Refunds.Single(r => r.Id == refund.Id);
            if (freshRefund.Status != RefundStatus.Processing)
            {
                return new RefundOutcome.Completed(fresh, freshRefund, Replayed: true);
            }

            (payment, refund) = (fresh, freshRefund);
            if (result.Succeeded)
            {
                payment.CompleteRefund(refund, result.RefundId!, Now());
                db.OutboxMessages.Add(PaymentEvents.Refunded(payment, refund));
            }
            else
            {
                payment.FailRefund(refund, result.FailureMessage ?? "Refund failed", Now());
            }
        }

        return new RefundOutcome.Completed(payment, refund, replayed);
    }

    private static async Task<bool> TrySaveAsync(PaymentsDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;
}
