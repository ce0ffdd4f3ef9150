namespace PurchasePlatform.Payments.Reconciliation;

public static class ReconciliationServiceCollectionExtensions
{
    /// <summary>The reconciler, its background pass and its options ("Payments:Reconciliation", validated at start).</summary>
    public static IServiceCollection AddPaymentReconciliation(this IServiceCollection services)
    {
        services.AddOptions<ReconciliationOptions>().BindConfiguration(ReconciliationOptions.Section)
            .Validate(options => options.IsValid(),
                "Payments:Reconciliation: Interval and BatchSize above 0, MinimumAge not negative, GiveUpAfter above MinimumAge")
            .ValidateOnStart();
        services.AddSingleton<LateChargeOrderCheck>();
        services.AddSingleton<PaymentReconciler>();
        services.AddHostedService<ReconciliationService>();
        return services;
    }
}
