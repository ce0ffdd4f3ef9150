using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PurchasePlatform.Gateway.Cors;
using PurchasePlatform.Gateway.FlashSale;
using PurchasePlatform.Gateway.Proxies;
using PurchasePlatform.Gateway.Purchases;
using PurchasePlatform.Gateway.RateLimiting;
using PurchasePlatform.Gateway.Requests;
using PurchasePlatform.Gateway.Routing;
using PurchasePlatform.Gateway.Security;
using PurchasePlatform.Gateway.Versioning;
using Yarp.ReverseProxy.Configuration;

namespace PurchasePlatform.Gateway;

internal static class GatewayExtensions
{
    /// <summary>
    /// The gateway's services: the Dapr-bound reverse proxy, rate limits (counted in Redis when RateLimits:Redis is
    /// set, else in this instance's memory), request limits, CORS and the flash-sale front.
    /// </summary>
    public static IServiceCollection AddGateway(this IServiceCollection services)
    {
        services.AddReverseProxy().AddTransforms<DaprInvocationTransforms>();
        services.AddSingleton<IProxyConfigProvider, DaprProxyConfigProvider>();

        services.AddOptions<RateLimitOptions>()
            .BindConfiguration(RateLimitOptions.SectionName)
            .Validate(options => options.IsValid(), "RateLimits: every plan needs RequestsPerHour and Burst above 0, and MaxTrackedClients above 0")
            .ValidateOnStart();
        services.AddOptions<RateLimitStoreOptions>()
            .BindConfiguration(RateLimitOptions.SectionName)
            .Validate(options => options.IsValid(), "RateLimits:Redis must be a StackExchange.Redis configuration string naming an endpoint, e.g. 127.0.0.1:6379")
            .ValidateOnStart();
        services.AddOptions<RequestLimitOptions>()
            .BindConfiguration(RequestLimitOptions.SectionName)
            .Validate(options => options.MaxRequestBodyBytes > 0, "RequestLimits:MaxRequestBodyBytes must be above 0")
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<RateLimitPlans>();
        services.AddSingleton<InMemoryRateLimitStore>();
        services.AddSingleton<RedisRateLimitStore>();
        services.AddSingleton<IRateLimitStore>(provider => provider.GetRequiredService<IOptions<RateLimitStoreOptions>>().Value.UsesRedis
            ? provider.GetRequiredService<RedisRateLimitStore>()
            : provider.GetRequiredService<InMemoryRateLimitStore>());
        services.AddTrustedProxies();
        services.AddGatewayCors();
        services.AddFlashSale();
        services.AddPurchases();
        return services;
    }

    /// <summary>
    /// The gateway's middleware, after the service defaults (correlation id, error formats, authentication) and in
    /// this order: forwarded headers from trusted proxies only, CORS (preflights answered before anything is counted),
    /// X-API-Version on every response, rate limits, version check, body size, token check for protected routes,
    /// WebSocket upgrades; then the proxy and the flash-sale endpoints (which check their callers' tokens themselves,
    /// after the same middleware).
    /// </summary>
    public static WebApplication UseGateway(this WebApplication app)
    {
        app.UseTrustedProxies();
        app.UseCors();
        app.UseMiddleware<ApiVersionHeaderMiddleware>();
        app.UseMiddleware<RateLimitingMiddleware>();
        app.UseMiddleware<ApiVersionCheckMiddleware>();
        app.UseMiddleware<RequestSizeLimitMiddleware>();
        app.UseMiddleware<EdgeAuthenticationMiddleware>();
        app.UseWebSockets();
        app.MapReverseProxy(proxy => proxy.UseMiddleware<ProxyFailureMiddleware>());
        app.MapFlashSale();
        app.MapPurchases();
        return app;
    }
}
