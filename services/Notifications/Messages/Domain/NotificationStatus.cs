namespace PurchasePlatform.Notifications.Messages.Domain;

/// <summary>queued → sent → delivered, or failed. A queued notification may be waiting for a retry (<see cref="Notification.NextAttemptAt"/>).</summary>
public enum NotificationStatus
{
    Queued,
    Sent,
    Delivered,
    Failed,
}
