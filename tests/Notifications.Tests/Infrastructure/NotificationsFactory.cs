extern alias notificationsapp;

using Dapr.Client;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PurchasePlatform.TestSupport;

namespace PurchasePlatform.Notifications.Tests.Infrastructure;

/// <summary>The real Notifications service (its Program) with test settings, the test signing key, a mocked sidecar and a manual clock.</summary>
internal sealed class NotificationsFactory(IReadOnlyDictionary<string, string?> settings, DaprClient dapr, TimeProvider clock,
    Action<IServiceCollection>? configureServices)
    : WebApplicationFactory<notificationsapp::Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(settings));
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton(dapr);
            services.AddSingleton(clock);
            services.TrustOnlySigningKey(TestTokens.TrustedKey);
            configureServices?.Invoke(services);
        });
    }
}
