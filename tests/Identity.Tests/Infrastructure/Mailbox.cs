using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using PurchasePlatform.TestSupport;

namespace PurchasePlatform.Identity.Tests.Infrastructure;

/// <summary>
/// A subscriber app behind its own LocalDapr sidecar, standing in for Notifications: it subscribes to every user
/// topic and keeps what arrives.
/// </summary>
public sealed class Mailbox : IAsyncDisposable
{
    public static readonly string[] Topics =
    [
        "users.user_created.v1",
        "users.user_verified.v1",
        "users.password_reset_requested.v1",
        "users.email_verification_requested.v1",
    ];

    private readonly ConcurrentQueue<ReceivedEvent> received = new();
    private TestApp? app;

    public int Port => app?.Port ?? throw new InvalidOperationException("the mailbox has not started");

    public IReadOnlyList<ReceivedEvent> Received => received.ToArray();

    public async Task StartAsync() =>
        app = await TestApp.StartAsync(web =>
        {
            web.MapGet("/dapr/subscribe", () => Results.Json(Topics.Select(topic => new { pubsubname = "pubsub", topic, route = "/events" })));
            web.MapPost("/events", async (HttpRequest request) =>
            {
                var cloudEvent = await JsonSerializer.DeserializeAsync<JsonElement>(request.Body);
                received.Enqueue(new ReceivedEvent(
                    cloudEvent.GetProperty("topic").GetString()!, cloudEvent.GetProperty("id").GetString()!, cloudEvent.GetProperty("data").Clone()));
                return Results.Ok();
            });
        });

    public IReadOnlyList<ReceivedEvent> For(Guid userId) => Received.Where(e => e.UserId == userId.ToString("D")).ToList();

    /// <summary>Waits for the user's event of <paramref name="eventType"/>; fails the test when it does not come.</summary>
    public async Task<ReceivedEvent> WaitForAsync(Guid userId, string eventType, int seconds = 10)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (DateTime.UtcNow < deadline)
        {
            if (For(userId).LastOrDefault(e => e.EventType == eventType) is { } found)
            {
                return found;
            }

            await Task.Delay(20);
        }

        throw new TimeoutException($"no {eventType} event for {userId} arrived within {seconds} s");
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }
}
