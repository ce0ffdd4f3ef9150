using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace PurchasePlatform.BuildingBlocks.Hosting;

/// <summary>What a <see cref="PeriodicPassService"/> runs: its name in logs, whether it runs at all, how often, and whether once at start.</summary>
public sealed record PeriodicPassSettings(string Name, bool Enabled, TimeSpan Interval, bool RunAtStart = false);

/// <summary>
/// A background loop that runs one pass of some work (deliveries due, payments to reconcile) every interval. A pass
/// that fails is logged and the next one runs on time; the work itself stays a single pass that tests drive directly.
/// </summary>
public abstract class PeriodicPassService(TimeProvider clock, ILogger logger) : BackgroundService
{
    protected abstract PeriodicPassSettings Settings { get; }

    /// <summary>One pass; it logs its own outcome.</summary>
    protected abstract Task RunPassAsync(CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = Settings;
        if (!settings.Enabled)
        {
            logger.LogInformation("{Work} is off", settings.Name);
            return;
        }

        using var timer = new PeriodicTimer(settings.Interval, clock);
        try
        {
            if (settings.RunAtStart)
            {
                await RunLoggingFailuresAsync(settings, stoppingToken);
            }

            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await RunLoggingFailuresAsync(settings, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task RunLoggingFailuresAsync(PeriodicPassSettings settings, CancellationToken stoppingToken)
    {
        try
        {
            await RunPassAsync(stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            logger.LogError(ex, "A {Work} pass failed; the next runs in {Interval}", settings.Name, settings.Interval);
        }
    }
}
