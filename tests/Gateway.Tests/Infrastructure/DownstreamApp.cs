using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using PurchasePlatform.TestSupport;

namespace PurchasePlatform.Gateway.Tests.Infrastructure;

/// <summary>
/// A stand-in for a platform service behind its sidecar: records every request and answers 200 with
/// <c>{"app": ..., "path": ...}</c>, except a path ending in <c>/missing</c> (its own 404 envelope) and one ending in
/// <c>/crash</c> (its own 500 envelope).
/// </summary>
public sealed class DownstreamApp : IAsyncDisposable
{
    public const string OwnErrorHeader = "X-Downstream-Error";

    private readonly TestApp app;
    private readonly ConcurrentQueue<ReceivedRequest> received;

    private DownstreamApp(string appId, TestApp app, ConcurrentQueue<ReceivedRequest> received)
    {
        AppId = appId;
        this.app = app;
        this.received = received;
    }

    public string AppId { get; }

    public int Port => app.Port;

    public IReadOnlyList<ReceivedRequest> Received => received.ToList();

    public static async Task<DownstreamApp> StartAsync(string appId)
    {
        var received = new ConcurrentQueue<ReceivedRequest>();
        var app = await TestApp.StartAsync(web => web.Run(context => AnswerAsync(context, appId, received)));
        return new DownstreamApp(appId, app, received);
    }

    private static async Task AnswerAsync(HttpContext context, string appId, ConcurrentQueue<ReceivedRequest> received)
    {
        var request = context.Request;
        if (request.Path.StartsWithSegments("/dapr"))
        {
            // The sidecar asking for subscriptions: not a forwarded request.
            await context.Response.WriteAsJsonAsync(Array.Empty<object>());
            return;
        }

        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync();
        received.Enqueue(new ReceivedRequest(
            request.Method,
            request.Path.Value ?? "",
            request.QueryString.Value ?? "",
            request.Headers.ToDictionary(header => header.Key, header => header.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            body));

        if (request.Path.Value?.EndsWith("/missing", StringComparison.Ordinal) == true)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            context.Response.Headers[OwnErrorHeader] = appId;
            await context.Response.WriteAsJsonAsync(new
            {
                success = false,
                errors = new[] { new { code = "NOT_FOUND", message = $"{appId} has no such thing" } },
                message = "Resource not found",
            });
            return;
        }

        if (request.Path.Value?.EndsWith("/crash", StringComparison.Ordinal) == true)
        {
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            context.Response.Headers[OwnErrorHeader] = appId;
            await context.Response.WriteAsJsonAsync(new
            {
                success = false,
                errors = new[] { new { code = "INTERNAL_ERROR", message = $"{appId} failed" } },
                message = "Internal server error",
            });
            return;
        }

        await context.Response.WriteAsJsonAsync(new { app = appId, path = request.Path.Value, query = request.QueryString.Value, body });
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();
}
