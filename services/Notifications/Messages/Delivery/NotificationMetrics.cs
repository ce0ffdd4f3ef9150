using Prometheus;
using PurchasePlatform.Notifications.Messages.Domain;

namespace PurchasePlatform.Notifications.Messages.Delivery;

public static class NotificationMetrics
{
    private static readonly Counter Sent = Prometheus.Metrics.CreateCounter("notifications_sent_total",
        "Notifications a provider accepted, by type (email, sms).", "type");

    private static readonly Counter Failed = Prometheus.Metrics.CreateCounter("notifications_failed_total",
        "Notifications that failed for good (permanent failure, or attempts exhausted), by type.", "type");

    public static void NotificationSent(NotificationType type) => Sent.WithLabels(NotificationNames.Of(type)).Inc();

    public static void NotificationFailed(NotificationType type) => Failed.WithLabels(NotificationNames.Of(type)).Inc();
}
