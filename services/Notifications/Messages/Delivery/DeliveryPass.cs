namespace PurchasePlatform.Notifications.Messages.Delivery;

/// <summary>What one pass of <see cref="NotificationDelivery"/> did.</summary>
/// <param name="Sent">Notifications a provider accepted.</param>
/// <param name="Retrying">Notifications that failed transiently and wait for another attempt.</param>
/// <param name="Failed">Notifications failed for good.</param>
public sealed record DeliveryPass(int Sent, int Retrying, int Failed)
{
    public static readonly DeliveryPass Empty = new(0, 0, 0);

    public bool DidNothing => this == Empty;
}
