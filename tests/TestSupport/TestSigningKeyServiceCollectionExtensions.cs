using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;

namespace PurchasePlatform.TestSupport;

public static class TestSigningKeyServiceCollectionExtensions
{
    /// <summary>Makes the app's JWT bearer trust <paramref name="key"/> only, instead of Identity's keys fetched through Dapr.</summary>
    public static IServiceCollection TrustOnlySigningKey(this IServiceCollection services, SecurityKey key) =>
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
            validation.IssuerSigningKey = key;
        });
}
