using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PurchasePlatform.TestSupport;

namespace PurchasePlatform.Gateway.Tests.Infrastructure;

/// <summary>The real gateway (its Program and appsettings.json), with test settings on top and the test signing key trusted.</summary>
internal sealed class GatewayFactory(IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? testServices = null)
    : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(settings));
        if (testServices is not null)
        {
            builder.ConfigureTestServices(testServices);
        }

        builder.ConfigureTestServices(services => services.TrustOnlySigningKey(TestTokens.TrustedKey));
    }
}
