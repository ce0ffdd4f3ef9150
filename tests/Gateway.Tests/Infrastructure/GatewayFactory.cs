using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

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

        builder.ConfigureTestServices(services => services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, options =>
        {
            // Trust the test key only, whatever key discovery the platform defaults set up (Identity's JWKS through Dapr).
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
        }));
    }
}
