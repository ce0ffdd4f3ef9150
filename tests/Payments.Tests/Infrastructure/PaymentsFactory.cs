using Dapr.Client;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PurchasePlatform.Payments.Providers;

namespace PurchasePlatform.Payments.Tests.Infrastructure;

/// <summary>The real Payments service (its Program), with test settings, the test signing key, a mocked sidecar, a counting provider and a manual clock.</summary>
internal sealed class PaymentsFactory(IReadOnlyDictionary<string, string?> settings, DaprClient dapr, IPaymentProvider provider, TimeProvider clock)
    : WebApplicationFactory<Program>
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
            services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, options =>
            {
                options.Authority = null;
                options.MetadataAddress = null!;
                options.Configuration = null;
                options.ConfigurationManager = null;
                var validation = options.TokenValidationParameters;
                validation.ConfigurationManager = null;
                validation.IssuerSigningKeyResolver = null;
                validation.IssuerSigningKeyResolverUsingConfiguration = null;
                validation.IssuerSigningKeys = null;
                validation.IssuerSigningKey = TestTokens.TrustedKey;
            });
        });
    }
}
