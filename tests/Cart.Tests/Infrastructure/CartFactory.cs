extern alias cartapp;

using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

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

        builder.ConfigureTestServices(services => services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, options =>
        {
            // Trust the test key only, instead of Identity's keys fetched through Dapr.
            options.ConfigurationManager = null;
            options.Configuration = null;
            var validation = options.TokenValidationParameters;
            validation.ConfigurationManager = null;
            validation.IssuerSigningKeyResolver = null;
            validation.IssuerSigningKeys = null;
            validation.IssuerSigningKey = TestTokens.TrustedKey;
        }));
    }
}
