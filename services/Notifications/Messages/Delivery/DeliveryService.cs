using Microsoft.Extensions.Options;
using PurchasePlatform.BuildingBlocks.Hosting;

namespace PurchasePlatform.Notifications.Messages.Delivery;

/// <summary>Runs a <see cref="NotificationDelivery"/> pass at start and every <c>Notifications:Delivery:PollInterval</c> (unless <c>Enabled</c> is false).</summary>
public sealed class DeliveryService(NotificationDelivery delivery, IOptions<DeliveryOptions> options, TimeProvider clock,
    ILogger<DeliveryService> logger) : PeriodicPassService(clock, logger)
{
    protected override PeriodicPassSettings Settings =>
        new("Notification delivery", options.Value.Enabled, options.Value.PollInterval, RunAtStart: true);

    protected override async Task RunPassAsync(CancellationToken cancellationToken)
    {
        var pass = await delivery.DeliverDueOnceAsync(cancellationToken);
        if (!pass.DidNothing)
        {
            logger.LogInformation("Delivery pass: {Sent} sent, {Retrying} to retry, {Failed} failed", pass.Sent, pass.Retrying, pass.Failed);
        }
    }
}
