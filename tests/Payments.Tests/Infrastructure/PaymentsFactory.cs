extern alias paymentsapp;

using Dapr.Client;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PurchasePlatform.Payments.Orders;
using PurchasePlatform.Payments.Providers;
using PurchasePlatform.TestSupport;

namespace PurchasePlatform.Payments.Tests.Infrastructure;

/// <summary>
/// The real Payments service (its Program), with test settings, the test signing key, a mocked sidecar, a counting
/// provider, a manual clock, and Orders faked: <paramref name="orders"/> behind the real order check, or, without it,
/// every customer payment taken as one for a payable order. The same <paramref name="orders"/> answer the reconciler.
/// </summary>
internal sealed class PaymentsFactory(IReadOnlyDictionary<string, string?> settings, DaprClient dapr, IPaymentProvider provider, TimeProvider clock,
    FakeOrders? orders)
    : WebApplicationFactory<paymentsapp::Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(settings));
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton(dapr);
            services.AddSingleton(provider);
            services.AddSingleton(clock);
            if (orders is null)
            {
                services.AddSingleton<IOrderPaymentCheck, PayableOrders>();
            }
            else
            {
                services.AddSingleton<IOrderLookup>(orders);
                services.AddKeyedSingleton<IOrderLookup>(OwnOrderLookup.Key, orders);
            }

            services.TrustOnlySigningKey(TestTokens.TrustedKey);
        });
    }
}
