using Microsoft.Extensions.Options;
using PurchasePlatform.BuildingBlocks.Hosting;

namespace PurchasePlatform.Notifications.Webhooks;

/// <summary>Runs a <see cref="WebhookDispatcher"/> pass every <c>Webhooks:Delivery:PollInterval</c> (unless <c>Enabled</c> is false).</summary>
public sealed class WebhookDeliveryService(WebhookDispatcher dispatcher, IOptions<WebhookDeliveryOptions> options, TimeProvider clock,
    ILogger<WebhookDeliveryService> logger) : PeriodicPassService(clock, logger)
{
    protected override PeriodicPassSettings Settings => new("Webhook delivery", options.Value.Enabled, options.Value.PollInterval);

    protected override async Task RunPassAsync(CancellationToken cancellationToken)
    {
        var pass = await dispatcher.DeliverDueAsync(cancellationToken);
        if (!pass.DidNothing)
        {
            logger.LogInformation("Webhook pass: {Delivered} delivered, {Retrying} retrying, {Failed} failed, {Cancelled} cancelled",
                pass.Delivered, pass.Retrying, pass.Failed, pass.Cancelled);
        }
    }
}
