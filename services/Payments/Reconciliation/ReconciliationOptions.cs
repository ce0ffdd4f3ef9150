namespace PurchasePlatform.Payments.Reconciliation;

/// <summary>Configuration section "Payments:Reconciliation" (<see cref="PaymentReconciler"/>).</summary>
public sealed class ReconciliationOptions
{
    public const string Section = "Payments:Reconciliation";

    /// <summary>Whether the background pass runs; tests turn it off and drive <see cref="PaymentReconciler.ReconcileOnceAsync"/>.</summary>
    public bool Enabled { get; set; } = true;

    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>A processing payment younger than this is left to its own request and its retries.</summary>
    public TimeSpan MinimumAge { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Since the payment was created: a payment the provider still does not answer after this is failed (PROVIDER_TIMEOUT).</summary>
    public TimeSpan GiveUpAfter { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Payments taken over, and orders checked, per pass at most.</summary>
    public int BatchSize { get; set; } = 50;

    public bool IsValid() =>
        Interval > TimeSpan.Zero && MinimumAge >= TimeSpan.Zero && GiveUpAfter > MinimumAge && BatchSize > 0;
}
