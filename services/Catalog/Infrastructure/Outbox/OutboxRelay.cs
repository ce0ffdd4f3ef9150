using Microsoft.Extensions.Options;

namespace PurchasePlatform.Catalog.Infrastructure.Outbox;

/// <summary>
/// Publishes the outbox in the background: whenever new events are committed, at least every poll interval, and
/// after a failure again after a backoff that doubles per failure in a row (events stay in order meanwhile).
/// </summary>
public sealed class OutboxRelay(OutboxPublisher publisher, OutboxSignal signal, IOptions<OutboxOptions> options, ILogger<OutboxRelay> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.RelayEnabled)
        {
            logger.LogWarning("The outbox relay is disabled (Outbox:RelayEnabled); catalog events are not published");
            return;
        }

        var failuresInARow = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await publisher.PublishPendingAsync(stoppingToken);
                failuresInARow = 0;
                await signal.WaitAsync(settings.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                failuresInARow++;
                var delay = RetryBackoff.Delay(failuresInARow, settings.InitialRetryDelay, settings.MaxRetryDelay);
                logger.LogWarning(ex, "Outbox relay failed ({Failures} in a row); retrying in {Delay}", failuresInARow, delay);
                try
                {
                    await Task.Delay(delay, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }
}
