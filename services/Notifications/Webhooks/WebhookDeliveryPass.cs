namespace PurchasePlatform.Notifications.Webhooks;

/// <summary>What one pass of the <see cref="WebhookDispatcher"/> did.</summary>
/// <param name="Delivered">Deliveries a receiver answered with 2xx.</param>
/// <param name="Retrying">Failed attempts with a retry left.</param>
/// <param name="Failed">Failed attempts without one: the delivery is failed.</param>
/// <param name="Cancelled">Due deliveries of a webhook deleted meanwhile.</param>
public sealed record WebhookDeliveryPass(int Delivered, int Retrying, int Failed, int Cancelled)
{
    public static readonly WebhookDeliveryPass Empty = new(0, 0, 0, 0);

    public int Attempted => Delivered + Retrying + Failed;

    public bool DidNothing => this == Empty;
}
