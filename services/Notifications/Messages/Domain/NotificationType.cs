namespace PurchasePlatform.Notifications.Messages.Domain;

public enum NotificationType
{
    Email,
    Sms,
    Push,
}
