using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PurchasePlatform.Payments.Domain;
using PurchasePlatform.Payments.Infrastructure;
using PurchasePlatform.Payments.Processing;
using PurchasePlatform.Payments.Providers;

namespace PurchasePlatform.Payments.Reconciliation;

/// <summary>
/// Brings payments nobody retries to an outcome. A payment is left processing when its provider could not be reached
/// and its caller went away; one pass takes over each such payment older than <c>MinimumAge</c> whose claim ran out
/// (as a retry of its request would: of racing claimants one wins) and asks the provider again with the payment id as
/// its idempotency key, which answers the first charge rather than making a second. Past <c>GiveUpAfter</c> a payment
/// the provider still does not answer is failed. Then the orders of the charges it completed are checked
/// (<see cref="LateChargeOrderCheck"/>).
/// </summary>
public sealed class PaymentReconciler(IDbContextFactory<PaymentsDbContext> contexts, ChargeProcessor charges, LateChargeOrderCheck orderCheck,
    IOptions<ReconciliationOptions> options, TimeProvider clock, ILogger<PaymentReconciler> logger)
{
    public async Task<ReconciliationPass> ReconcileOnceAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var pass = ReconciliationPass.Empty;
        foreach (var abandoned in await FindAbandonedAsync(settings, cancellationToken))
        {
            var giveUp = Now() - abandoned.CreatedAt >= settings.GiveUpAfter;
            ChargeOutcome? outcome;
            try
            {
                outcome = await charges.ReconcileAsync(abandoned.Id, giveUp, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                logger.LogError(ex, "Reconciling payment {PaymentId} failed; tried again once its claim runs out", abandoned.Id);
                continue;
            }

            pass = Count(pass, abandoned.Id, outcome);
        }

        return pass with { AutoRefunded = await orderCheck.CheckDueAsync(settings.BatchSize, cancellationToken) };
    }

    private async Task<List<AbandonedPayment>> FindAbandonedAsync(ReconciliationOptions settings, CancellationToken cancellationToken)
    {
        var now = Now();
        var createdBefore = now - settings.MinimumAge;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Payments.AsNoTracking()
            .Where(p => p.Status == PaymentStatus.Processing && (p.ClaimedUntil == null || p.ClaimedUntil < now) && p.CreatedAt <= createdBefore)
            .OrderBy(p => p.UpdatedAt)
            .Take(settings.BatchSize)
            .Select(p => new AbandonedPayment(p.Id, p.CreatedAt))
            .ToListAsync(cancellationToken);
    }

    private ReconciliationPass Count(ReconciliationPass pass, string paymentId, ChargeOutcome? outcome)
    {
        switch (outcome)
        {
            case ChargeOutcome.Completed { Payment.FailureCode: DeclineCodes.ProviderTimeout } givenUp:
                PaymentMetrics.PaymentGivenUp();
                logger.LogWarning("Gave up on payment {PaymentId} of order {OrderId}: the provider never answered", paymentId, givenUp.Payment.OrderId);
                return pass with { GivenUp = pass.GivenUp + 1 };
            case ChargeOutcome.Completed completed:
                var succeeded = completed.Payment.ChargeSucceeded;
                PaymentMetrics.PaymentReconciled(succeeded);
                logger.LogInformation("Reconciled payment {PaymentId} of order {OrderId}: {PaymentStatus}", paymentId, completed.Payment.OrderId,
                    completed.Payment.Status);
                return succeeded ? pass with { Succeeded = pass.Succeeded + 1 } : pass with { Declined = pass.Declined + 1 };
            case ChargeOutcome.ProviderUnreachable:
                return pass with { StillUnreachable = pass.StillUnreachable + 1 };
            default:
                // Taken by a request (a retry) meanwhile: it reaches the outcome.
                return pass;
        }
    }

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;

    private sealed record AbandonedPayment(string Id, DateTime CreatedAt);
}
