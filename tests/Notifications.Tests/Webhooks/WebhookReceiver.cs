using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using PurchasePlatform.TestSupport;

namespace PurchasePlatform.Notifications.Tests.Webhooks;

/// <summary>A webhook receiver on a loopback port: records every request and answers as the test says (200 by default).</summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly ConcurrentQueue<ReceivedWebhook> received = new();
    private TestApp? app;

    /// <summary>What to do with the next request: an HTTP status, or a wait (for a timeout or a held request).</summary>
    public Func<ReceivedWebhook, CancellationToken, Task<int>> Respond { get; set; } = (_, _) => Task.FromResult(StatusCodes.Status200OK);

    public IReadOnlyList<ReceivedWebhook> Received => [.. received];

    public string Url { get; private set; } = "";

    public static async Task<WebhookReceiver> StartAsync()
    {
        var receiver = new WebhookReceiver();
        receiver.app = await TestApp.StartAsync(web => web.MapPost("/hooks/ecommerce", receiver.ReceiveAsync));
        receiver.Url = $"http://127.0.0.1:{receiver.app.Port}/hooks/ecommerce";
        return receiver;
    }

    /// <summary>Stops listening: later posts to <see cref="Url"/> find the port closed.</summary>
    public async Task StopAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
            app = null;
        }
    }

    public ValueTask DisposeAsync() => new(StopAsync());

    private async Task ReceiveAsync(HttpContext context)
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body, context.RequestAborted);
        var webhook = new ReceivedWebhook(body.ToArray(), context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase));
        received.Enqueue(webhook);
        try
        {
            context.Response.StatusCode = await Respond(webhook, context.RequestAborted);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
        }
    }
}

public sealed record ReceivedWebhook(byte[] Body, IReadOnlyDictionary<string, string> Headers)
{
    public string BodyText => System.Text.Encoding.UTF8.GetString(Body);

    public string Header(string name) => Headers.TryGetValue(name, out var value) ? value : "";
}
