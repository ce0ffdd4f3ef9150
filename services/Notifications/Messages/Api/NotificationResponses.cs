using PurchasePlatform.Notifications.Messages.Domain;

namespace PurchasePlatform.Notifications.Messages.Api;

public sealed record NotificationQueued(string NotificationId, string Status, DateTime QueuedAt)
{
    public static NotificationQueued From(Notification notification) =>
        new(notification.Id, NotificationNames.Of(notification.Status), notification.QueuedAt);
}

public sealed record NotificationSummary(string Id, string Type, string To, string? Subject, string Status, DateTime QueuedAt, DateTime? SentAt,
    DateTime? DeliveredAt)
{
    public static NotificationSummary From(Notification notification) => new(notification.Id, NotificationNames.Of(notification.Type), notification.To,
        notification.Subject, NotificationNames.Of(notification.Status), notification.QueuedAt, notification.SentAt, notification.DeliveredAt);
}

public sealed record NotificationDetails(string Id, string Type, string To, string? Subject, string Status, int Attempts, DateTime QueuedAt,
    DateTime? SentAt, DateTime? DeliveredAt, string? Error)
{
    public static NotificationDetails From(Notification notification) => new(notification.Id, NotificationNames.Of(notification.Type), notification.To,
        notification.Subject, NotificationNames.Of(notification.Status), notification.Attempts, notification.QueuedAt, notification.SentAt,
        notification.DeliveredAt, notification.Error);
}

public sealed record NotificationPage(IReadOnlyList<NotificationSummary> Items, int PageNumber, int PageSize, int TotalCount);
