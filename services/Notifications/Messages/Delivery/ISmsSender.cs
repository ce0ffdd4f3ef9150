namespace PurchasePlatform.Notifications.Messages.Delivery;

public sealed record SmsMessage(string To, string Text);

/// <summary>An SMS provider. <paramref name="idempotencyKey"/> (the notification id) makes a repeated send of the same text a no-op at the provider.</summary>
public interface ISmsSender
{
    Task<SendResult> SendAsync(SmsMessage message, string idempotencyKey, CancellationToken cancellationToken);
}
