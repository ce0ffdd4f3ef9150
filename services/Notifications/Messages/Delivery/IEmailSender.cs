namespace PurchasePlatform.Notifications.Messages.Delivery;

public sealed record EmailMessage(string To, string Subject, string HtmlBody);

/// <summary>An e-mail provider. <paramref name="idempotencyKey"/> (the notification id) makes a repeated send of the same mail a no-op at the provider.</summary>
public interface IEmailSender
{
    Task<SendResult> SendAsync(EmailMessage message, string idempotencyKey, CancellationToken cancellationToken);
}
