using Prometheus;

namespace PurchasePlatform.Notifications.Webhooks;

public static class WebhookMetrics
{
    private static readonly Counter Deliveries = Prometheus.Metrics.CreateCounter("webhook_deliveries_total",
        "Webhook delivery attempts by outcome: delivered, retrying (failed, tried again later), failed (no retry left), cancelled (webhook deleted).",
        "outcome");

    public static void Delivered() => Deliveries.WithLabels("delivered").Inc();

    public static void Retrying() => Deliveries.WithLabels("retrying").Inc();

    public static void Failed() => Deliveries.WithLabels("failed").Inc();

    public static void Cancelled() => Deliveries.WithLabels("cancelled").Inc();
}
