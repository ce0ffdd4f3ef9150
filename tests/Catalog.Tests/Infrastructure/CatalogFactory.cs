extern alias catalogapp;

using Dapr.Client;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using PurchasePlatform.TestSupport;

namespace PurchasePlatform.Catalog.Tests.Infrastructure;

/// <summary>The real catalog (its Program), with test settings, the fake sidecar and the test signing key trusted.</summary>
public sealed class CatalogFactory(IReadOnlyDictionary<string, string> settings, FakeDapr dapr) : WebApplicationFactory<catalogapp::Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<DaprClient>(dapr.Mock.Object);
            services.TrustOnlySigningKey(TestTokens.TrustedKey);
        });
    }
}
