using System.Reflection;
using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Prometheus;
using PurchasePlatform.BuildingBlocks.Authentication;
using PurchasePlatform.BuildingBlocks.Correlation;
using PurchasePlatform.BuildingBlocks.Errors;
using PurchasePlatform.BuildingBlocks.Health;
using PurchasePlatform.BuildingBlocks.Hosting;
using PurchasePlatform.BuildingBlocks.Logging;
using PurchasePlatform.BuildingBlocks.Metrics;

namespace PurchasePlatform.BuildingBlocks;

public static class ServiceDefaultsExtensions
{
    /// <summary>
    /// Adds what every service shares, builds the app and puts the shared middleware and endpoints on it:
    /// JSON logs with correlation ids, health (/healthz, /readyz, /health, /ready, /), Prometheus /metrics,
    /// platform error formats, FluentValidation, JWT bearer, OpenAPI and Dapr (with <c>APP_API_TOKEN</c> set, pub/sub
    /// subscription endpoints accept only requests bearing it as <c>dapr-api-token</c>). Register service-specific
    /// services before calling it (use PostConfigure to change options it sets); map routes on the result.
    /// </summary>
    /// <param name="serviceName">The service's Dapr app id, e.g. "catalog".</param>
    public static WebApplication BuildWithServiceDefaults(this WebApplicationBuilder builder, string serviceName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceName);

        AddServiceDefaults(builder, serviceName);
        var app = builder.Build();
        UseServiceDefaults(app);
        MapDefaultEndpoints(app);
        return app;
    }

    private static void AddServiceDefaults(WebApplicationBuilder builder, string serviceName)
    {
        var services = builder.Services;
        builder.ListenOnDaprAppPort();
        builder.AddPlatformSerilog(serviceName);

        services.AddSingleton(new ServiceInfo(serviceName));
        services.AddHttpContextAccessor();
        services.AddSingleton<ICorrelationIdAccessor, HttpContextCorrelationIdAccessor>();
        services.AddTransient<CorrelationIdForwardingHandler>();
        services.ConfigureHttpClientDefaults(client => client.AddHttpMessageHandler<CorrelationIdForwardingHandler>());

        services.AddPlatformErrorHandling();
        services.AddPlatformHealthChecks();
        services.AddValidatorsFromAssembly(ServiceAssembly(builder), includeInternalTypes: true);
        services.AddPlatformJwtBearer();
        services.AddOpenApi();
        services.AddDaprClient();
    }

    private static void UseServiceDefaults(WebApplication app)
    {
        app.UseMiddleware<CorrelationIdMiddleware>();
        app.UsePlatformRequestLogging();
        app.UsePlatformErrorHandling();
        app.UseRouting();
        app.UseMiddleware<HttpMetricsMiddleware>();
        app.UseMiddleware<SubscriptionApiTokenMiddleware>();
        app.UseCloudEvents();
        app.UseAuthentication();
        app.UseAuthorization();
    }

    private static void MapDefaultEndpoints(WebApplication app)
    {
        app.MapPlatformHealthEndpoints();
        app.MapMetrics(DefaultEndpointPaths.Metrics).AllowAnonymous();
        app.MapOpenApi().AllowAnonymous();
        app.MapSubscribeHandler().AllowAnonymous();
    }

    // The service's own assembly: the one named by the host's ApplicationName (the entry assembly by default).
    private static Assembly ServiceAssembly(WebApplicationBuilder builder) =>
        Assembly.Load(new AssemblyName(builder.Environment.ApplicationName));
}
