using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PurchasePlatform.Payments.Domain;
using PurchasePlatform.Payments.Infrastructure;
using PurchasePlatform.Payments.Providers;
using PurchasePlatform.Payments.Resilience;

namespace PurchasePlatform.Payments.Processing;

/// <summary>
/// Charges a card exactly once per idempotency key. The payment and the key are stored together as processing
/// (one transaction), the provider is called with no transaction open, and the outcome is stored with its event
/// (another transaction). A request that finds its key held waits for it; one that finds it abandoned (the
/// claim ran out: a crash, a provider outage) takes it over and asks the provider again with the same provider
/// idempotency key (the payment id), which answers the first charge instead of making a second.
/// </summary>
public sealed class ChargeProcessor(IDbContextFactory<PaymentsDbContext> contexts, ResilientPaymentProvider provider, InProgressWaiter waiter,
    IOptions<PaymentsOptions> options, TimeProvider clock, ILogger<ChargeProcessor> logger)
{
    public const string Scope = "charge";

    // Each lost insert means another request stored its row; more than a few in a row means saving itself fails.
    private const int MaxLostInserts = 5;

    /// <summary>Whether <paramref name="callerId"/> has used <paramref name="idempotencyKey"/> for a charge before (a retry, answered from what was stored).</summary>
    public async Task<bool> KnowsKeyAsync(string callerId, string idempotencyKey, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.IdempotencyKeys.AnyAsync(key => key.Scope == Scope && key.CallerId == callerId && key.Key == idempotencyKey, cancellationToken);
    }

    public async Task<ChargeOutcome> ChargeAsync(ChargeCommand command, CancellationToken cancellationToken)
    {
        var waited = waiter.Start();
        var lostInserts = 0;
        while (true)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var record = await db.IdempotencyKeys.AsNoTracking().SingleOrDefaultAsync(
                key => key.Scope == Scope && key.CallerId == command.CallerId && key.Key == command.IdempotencyKey, cancellationToken);
            if (record is not null)
            {
                if (record.RequestHash != command.Fingerprint)
                {
                    return new ChargeOutcome.KeyReused();
                }

                var payment = await db.Payments.SingleAsync(p => p.Id == record.ResourceId, cancellationToken);
                if (payment.Status != PaymentStatus.Processing)
                {
                    return new ChargeOutcome.Completed(payment, Replayed: true);
                }

                if (await TryTakeOverAsync(db, payment, ChargeAttempt.Request, cancellationToken) is { } resumed)
                {
                    return resumed;
                }

                if (!await waiter.WaitAsync(waited, cancellationToken))
                {
                    return new ChargeOutcome.InProgress();
                }

                continue;
            }

            var existing = await db.Payments.AsNoTracking().FirstOrDefaultAsync(
                p => p.OrderId == command.OrderId && p.Status != PaymentStatus.Failed, cancellationToken);
            if (existing is not null)
            {
                // The order's payment may be the one a duplicate of this request stored since we looked for the key.
                var keyStoredMeanwhile = await db.IdempotencyKeys.AnyAsync(
                    key => key.Scope == Scope && key.CallerId == command.CallerId && key.Key == command.IdempotencyKey, cancellationToken);
                if (keyStoredMeanwhile)
                {
                    continue;
                }

                return new ChargeOutcome.AlreadyPaid(existing);
            }

            var now = Now();
            var started = Payment.Start(command.OrderId, command.UserId, command.AmountCents, command.Currency, command.Card,
                command.PaymentMethodId, now, now + options.Value.ClaimDuration);
            db.Payments.Add(started);
            db.IdempotencyKeys.Add(new IdempotencyRecord
            {
                Scope = Scope, CallerId = command.CallerId, Key = command.IdempotencyKey, RequestHash = command.Fingerprint,
                ResourceId = started.Id, CreatedAt = now,
            });
            if (await TrySaveAsync(db, cancellationToken))
            {
                return await ProcessAsync(db, started, ChargeAttempt.Request, replayed: false);
            }

            // A request with the same key, or another payment of the order, was stored first: look again.
            if (++lostInserts > MaxLostInserts)
            {
                throw new InvalidOperationException($"Storing payment {started.Id} failed {lostInserts} times");
            }
        }
    }

    /// <summary>
    /// The reconciler's take-over of a processing payment nobody retries: claimed as a retried request claims it (of
    /// racing claimants one wins), then the provider is asked again with the payment id as its idempotency key.
    /// </summary>
    /// <param name="giveUpIfUnreachable">Fail the payment (<see cref="DeclineCodes.ProviderTimeout"/>) when the provider is still unreachable.</param>
    /// <returns>The outcome; null when the payment is no longer processing or its claim is held.</returns>
    public async Task<ChargeOutcome?> ReconcileAsync(string paymentId, bool giveUpIfUnreachable, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var payment = await db.Payments.SingleAsync(p => p.Id == paymentId, cancellationToken);
        var attempt = giveUpIfUnreachable ? ChargeAttempt.FinalReconciliation : ChargeAttempt.Reconciliation;
        return await TryTakeOverAsync(db, payment, attempt, cancellationToken);
    }

    private async Task<ChargeOutcome?> TryTakeOverAsync(PaymentsDbContext db, Payment payment, ChargeAttempt attempt, CancellationToken cancellationToken)
    {
        if (!payment.TryClaim(Now(), Now() + options.Value.ClaimDuration) || !await TrySaveAsync(db, cancellationToken))
        {
            return null;
        }

        logger.LogInformation("Took over abandoned payment {PaymentId} ({ChargeAttempt})", payment.Id, attempt);
        return await ProcessAsync(db, payment, attempt, replayed: true);
    }

    // Runs to the end even when the caller goes away, so a claimed payment is not left behind for nothing.
    private async Task<ChargeOutcome> ProcessAsync(PaymentsDbContext db, Payment payment, ChargeAttempt attempt, bool replayed)
    {
        ChargeResult result;
        try
        {
            result = await provider.ChargeAsync(new ChargeRequest(payment.Id, payment.CardToken, payment.AmountCents, payment.Currency),
                CancellationToken.None);
        }
        catch (ProviderUnreachableException ex) when (attempt == ChargeAttempt.FinalReconciliation)
        {
            logger.LogWarning(ex, "Payment {PaymentId}, created {CreatedAt}, is failed: the provider never answered", payment.Id, payment.CreatedAt);
            payment.Fail(DeclineCodes.ProviderTimeout, "The payment provider did not answer in time", Now());
            db.OutboxMessages.Add(PaymentEvents.Failed(payment));
            return await StoreOutcomeAsync(db, payment, succeeded: false, replayed);
        }
        catch (ProviderUnreachableException ex)
        {
            logger.LogWarning(ex, "Payment {PaymentId} stays processing: {Reason}", payment.Id, ex.Message);
            payment.Release(Now());
            await TrySaveAsync(db, CancellationToken.None);
            return new ChargeOutcome.ProviderUnreachable(payment);
        }

        if (result.Succeeded)
        {
            payment.Succeed(result.TransactionId!, result.ReceiptUrl!, Now());
            if (attempt != ChargeAttempt.Request)
            {
                payment.AwaitOrderCheck(Now());
            }

            db.OutboxMessages.Add(PaymentEvents.Completed(payment));
        }
        else
        {
            payment.Fail(result.DeclineCode!, result.DeclineMessage!, Now());
            db.OutboxMessages.Add(PaymentEvents.Failed(payment));
        }

        return await StoreOutcomeAsync(db, payment, result.Succeeded, replayed);
    }

    private async Task<ChargeOutcome> StoreOutcomeAsync(PaymentsDbContext db, Payment payment, bool succeeded, bool replayed)
    {
        if (await TrySaveAsync(db, CancellationToken.None))
        {
            PaymentMetrics.PaymentProcessed(succeeded);
            return new ChargeOutcome.Completed(payment, replayed);
        }

        // Our claim ran out and another request completed the payment (with the same provider answer).
        await using var fresh = await contexts.CreateDbContextAsync(CancellationToken.None);
        var stored = await fresh.Payments.AsNoTracking().SingleAsync(p => p.Id == payment.Id);
        return stored.Status == PaymentStatus.Processing ? new ChargeOutcome.InProgress() : new ChargeOutcome.Completed(stored, Replayed: true);
    }

    /// <returns>False when another request changed or inserted the same rows first.</returns>
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
