using Microsoft.Extensions.Options;

namespace PurchasePlatform.Payments.Reconciliation;

/// <summary>Runs a <see cref="PaymentReconciler"/> pass every <c>Payments:Reconciliation:Interval</c> (unless <c>Enabled</c> is false).</summary>
public sealed class ReconciliationService(PaymentReconciler reconciler, IOptions<ReconciliationOptions> options, TimeProvider clock,
    ILogger<ReconciliationService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            logger.LogInformation("Payment reconciliation is off");
            return;
        }

        using var timer = new PeriodicTimer(settings.Interval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await RunPassAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task RunPassAsync(CancellationToken stoppingToken)
    {
        try
        {
            var pass = await reconciler.ReconcileOnceAsync(stoppingToken);
            if (!pass.DidNothing)
            {
                logger.LogInformation(
                    "Reconciliation pass: {Succeeded} succeeded, {Declined} declined, {GivenUp} given up, {StillUnreachable} still unreachable, {AutoRefunded} auto-refunded",
                    pass.Succeeded, pass.Declined, pass.GivenUp, pass.StillUnreachable, pass.AutoRefunded);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            logger.LogError(ex, "A reconciliation pass failed; the next runs in {Interval}", options.Value.Interval);
        }
    }
}
