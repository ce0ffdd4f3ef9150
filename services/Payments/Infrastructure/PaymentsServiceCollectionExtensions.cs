using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PurchasePlatform.BuildingBlocks.Outbox;
using PurchasePlatform.BuildingBlocks.Persistence;
using PurchasePlatform.BuildingBlocks.ServiceIdentity;
using PurchasePlatform.Payments.Orders;
using PurchasePlatform.Payments.Processing;
using PurchasePlatform.Payments.Providers;
using PurchasePlatform.Payments.Reconciliation;
using PurchasePlatform.Payments.Resilience;

namespace PurchasePlatform.Payments.Infrastructure;

public static class PaymentsServiceCollectionExtensions
{
    /// <summary>
    /// The database (migrated), outbox, provider pipeline, processors, the Orders clients and the reconciler. The card
    /// provider is the simulated one unless one is registered before.
    /// </summary>
    public static IServiceCollection AddPayments(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.Configure<PaymentsOptions>(configuration.GetSection(PaymentsOptions.Section));
        services.Configure<ProviderResilienceOptions>(configuration.GetSection(ProviderResilienceOptions.Section));

        services.AddServiceDatabase<PaymentsDbContext>("Payments", SchemaCreation.Migrate);
        services.AddProviderContextFactories<PaymentsDbContext, SqlitePaymentsDbContext, PostgresPaymentsDbContext>(
            provider => provider.GetRequiredService<OutboxSignalInterceptor>());
        services.AddOutbox<PaymentsDbContext>(configuration);

        services.TryAddSingleton<IPaymentProvider, SimulatedCardProvider>();
        services.AddSingleton<CircuitBreakerMonitor>();
        services.AddSingleton(provider => new ResilientPaymentProvider(provider.GetRequiredService<IPaymentProvider>(),
            ProviderPipeline.Create(provider.GetRequiredService<IOptions<ProviderResilienceOptions>>().Value,
                provider.GetRequiredService<CircuitBreakerMonitor>(), provider.GetRequiredService<TimeProvider>())));

        services.AddSingleton<InProgressWaiter>();
        services.AddSingleton<ChargeProcessor>();
        services.AddSingleton<RefundProcessor>();

        services.AddHttpClient<IOrderLookup, DaprOrderLookup>((provider, client) =>
            OrdersInvocation.Configure(client, configuration, provider.GetRequiredService<IOptions<PaymentsOptions>>().Value));
        services.AddScoped<IOrderPaymentCheck, OrderPaymentCheck>();

        services.AddServiceIdentity(configuration, "payments");
        services.AddHttpClient(OwnOrderLookup.ClientName, (provider, client) =>
                OrdersInvocation.Configure(client, configuration, provider.GetRequiredService<IOptions<PaymentsOptions>>().Value))
            .AddServiceToken();
        services.TryAddKeyedSingleton<IOrderLookup, OwnOrderLookup>(OwnOrderLookup.Key);
        services.AddPaymentReconciliation();
        return services;
    }
}
