using Microsoft.Extensions.Options;
using PurchasePlatform.BuildingBlocks.Hosting;

namespace PurchasePlatform.Payments.Reconciliation;

/// <summary>Runs a <see cref="PaymentReconciler"/> pass every <c>Payments:Reconciliation:Interval</c> (unless <c>Enabled</c> is false).</summary>
public sealed class ReconciliationService(PaymentReconciler reconciler, IOptions<ReconciliationOptions> options, TimeProvider clock,
    ILogger<ReconciliationService> logger) : PeriodicPassService(clock, logger)
{
    protected override PeriodicPassSettings Settings => new("Payment reconciliation", options.Value.Enabled, options.Value.Interval);

    protected override async Task RunPassAsync(CancellationToken cancellationToken)
    {
        var pass = await reconciler.ReconcileOnceAsync(cancellationToken);
        if (!pass.DidNothing)
        {
            logger.LogInformation(
                "Reconciliation pass: {Succeeded} succeeded, {Declined} declined, {GivenUp} given up, {StillUnreachable} still unreachable, {AutoRefunded} auto-refunded",
                pass.Succeeded, pass.Declined, pass.GivenUp, pass.StillUnreachable, pass.AutoRefunded);
        }
    }
}
