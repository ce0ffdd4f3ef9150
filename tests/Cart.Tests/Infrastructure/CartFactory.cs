extern alias cartapp;

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using PurchasePlatform.TestSupport;

namespace PurchasePlatform.Cart.Tests.Infrastructure;

/// <summary>The real cart app (its Program and appsettings.json), with test settings on top and the test signing key trusted.</summary>
public sealed class CartFactory(IReadOnlyDictionary<string, string> settings) : WebApplicationFactory<cartapp::Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services => services.TrustOnlySigningKey(TestTokens.TrustedKey));
    }
}
