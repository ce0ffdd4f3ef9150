using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;
using PurchasePlatform.BuildingBlocks.Health;

namespace PurchasePlatform.BuildingBlocks.Logging;

internal static class SerilogDefaults
{
    public const string ServicePropertyName = "Service";

    /// <summary>
    /// JSON lines on stdout; minimum levels come from the "Serilog" configuration section, extra sinks
    /// (<see cref="Serilog.Core.ILogEventSink"/>) from the service provider.
    /// </summary>
    public static void AddPlatformSerilog(this WebApplicationBuilder builder, string serviceName)
    {
        // The static Log.Logger is left alone: several hosts may share a process (tests) and must not close each other's logger.
        builder.Services.AddSerilog(
            (services, logger) => logger
                .ReadFrom.Configuration(builder.Configuration)
                .ReadFrom.Services(services)
                .Enrich.FromLogContext()
                .Enrich.WithProperty(ServicePropertyName, serviceName)
                .WriteTo.Console(new RenderedCompactJsonFormatter()),
            preserveStaticLogger: true);
    }

    public static void UsePlatformRequestLogging(this WebApplication app) =>
        app.UseSerilogRequestLogging(options =>
        {
            // Without it the middleware writes to the static Log.Logger, which this setup leaves silent.
            options.Logger = app.Services.GetRequiredService<ILogger>();
            options.GetLevel = RequestLogLevel;
        });

    // Probes and scrapes arrive every few seconds and are not worth a line each; when a probe fails,
    // the failing health check logs why.
    private static LogEventLevel RequestLogLevel(HttpContext context, double elapsedMs, Exception? exception) =>
        exception is not null ? LogEventLevel.Error
        : DefaultEndpointPaths.IsProbeOrScrape(context.Request.Path) ? LogEventLevel.Verbose
        : context.Response.StatusCode >= StatusCodes.Status500InternalServerError ? LogEventLevel.Error
        : LogEventLevel.Information;
}
