using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Prometheus;
using PurchasePlatform.BuildingBlocks.Errors;

namespace PurchasePlatform.BuildingBlocks.Metrics;

/// <summary>
/// Counts and times requests by method, route template and status. Runs after routing so the route is the
/// endpoint's template ("/api/v1/products/{id}"), never the raw path, which keeps the label set bounded.
/// </summary>
internal sealed class HttpMetricsMiddleware(RequestDelegate next)
{
    private static readonly string[] LabelNames = ["method", "route", "status"];

    private static readonly Counter Requests = Prometheus.Metrics.CreateCounter(
        "http_requests_total", "Total HTTP requests.", new CounterConfiguration { LabelNames = LabelNames });

    private static readonly Histogram Duration = Prometheus.Metrics.CreateHistogram(
        "http_request_duration_seconds", "HTTP request duration in seconds.", new HistogramConfiguration { LabelNames = LabelNames });

    private static readonly HashSet<string> KnownMethods = new(StringComparer.OrdinalIgnoreCase)
    {
        HttpMethods.Get, HttpMethods.Head, HttpMethods.Post, HttpMethods.Put, HttpMethods.Patch,
        HttpMethods.Delete, HttpMethods.Options,
    };

    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        var status = StatusCodes.Status500InternalServerError;
        try
        {
            await next(context);
            status = context.Response.StatusCode;
        }
        catch (Exception exception)
        {
            status = ExceptionStatusCodes.For(exception);
            throw;
        }
        finally
        {
            string[] labels = [MethodLabel(context.Request.Method), RouteLabel(context), status.ToString(CultureInfo.InvariantCulture)];
            Requests.WithLabels(labels).Inc();
            Duration.WithLabels(labels).Observe(Stopwatch.GetElapsedTime(started).TotalSeconds);
        }
    }

    private static string MethodLabel(string method) => KnownMethods.Contains(method) ? method.ToUpperInvariant() : "OTHER";

    private static string RouteLabel(HttpContext context) =>
        context.GetEndpoint() is RouteEndpoint { RoutePattern.RawText: { Length: > 0 } template } ? template : "unmatched";
}
