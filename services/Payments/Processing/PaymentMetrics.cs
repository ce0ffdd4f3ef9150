using Prometheus;

namespace PurchasePlatform.Payments.Processing;

/// <summary>Seed 002's Payment Service metrics on /metrics.</summary>
public static class PaymentMetrics
{
    private static readonly Counter Processed = Prometheus.Metrics.CreateCounter("payments_processed_total",
        "Payments that reached an outcome, by outcome (succeeded, failed).", "status");

    private static readonly Gauge SuccessRate = Prometheus.Metrics.CreateGauge("payment_success_rate",
        "Share of processed payments that succeeded since the process started.");

    private static readonly Gauge CircuitState = Prometheus.Metrics.CreateGauge("circuit_breaker_state",
        "The circuit breaker's state per dependency: 0 closed, 1 half-open, 2 open.", "service");

    private static readonly Counter Reconciled = Prometheus.Metrics.CreateCounter("payments_reconciled_total",
        "Processing payments nobody retried that the reconciler brought to an outcome: succeeded, failed (declined), given_up (PROVIDER_TIMEOUT).",
        "outcome");

    private static readonly Counter AutoRefunded = Prometheus.Metrics.CreateCounter("payments_auto_refunded_total",
        "Payments the reconciler completed for an order already canceled, refunded in full.");

    public static void PaymentReconciled(bool succeeded) => Reconciled.WithLabels(succeeded ? "succeeded" : "failed").Inc();

    public static void PaymentGivenUp() => Reconciled.WithLabels("given_up").Inc();

    public static void PaymentAutoRefunded() => AutoRefunded.Inc();

    public static void PaymentProcessed(bool succeeded)
    {
        Processed.WithLabels(succeeded ? "succeeded" : "failed").Inc();
        var ok = Processed.WithLabels("succeeded").Value;
        var total = ok + Processed.WithLabels("failed").Value;
        SuccessRate.Set(total == 0 ? 0 : ok / total);
    }

    public static void CircuitChanged(string state) =>
        CircuitState.WithLabels("payment_provider").Set(state switch { "open" => 2, "half-open" => 1, _ => 0 });
}
