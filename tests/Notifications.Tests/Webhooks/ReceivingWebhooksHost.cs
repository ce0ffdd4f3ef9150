namespace PurchasePlatform.Notifications.Tests.Webhooks;

/// <summary>A <see cref="WebhooksHost"/> with a <see cref="WebhookReceiver"/> listening for its deliveries.</summary>
public abstract class ReceivingWebhooksHost : WebhooksHost
{
    public WebhookReceiver Receiver { get; private set; } = null!;

    protected override async Task BeforeStartAsync()
    {
        await base.BeforeStartAsync();
        Receiver = await WebhookReceiver.StartAsync();
    }

    protected override async Task AfterStopAsync()
    {
        await Receiver.DisposeAsync();
        await base.AfterStopAsync();
    }
}
