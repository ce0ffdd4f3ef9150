using System.Security.Cryptography;
using System.Text.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using PurchasePlatform.BuildingBlocks.Hosting;
using PurchasePlatform.Notifications.Infrastructure;

namespace PurchasePlatform.Notifications.Events;

/// <summary>
/// Receives one pub/sub message: skips an event already processed, lets every <see cref="IPlatformEventHandler"/>
/// add its rows, and saves them with the event's <see cref="ProcessedEvent"/> in one transaction. A failed save is
/// answered RETRY (Dapr delivers again), a payload that is not a JSON object DROP.
/// </summary>
public sealed class EventIntake(NotificationsDbContext db, IEnumerable<IPlatformEventHandler> handlers, TimeProvider clock,
    ILogger<EventIntake> logger)
{
    public async Task<IResult> ReceiveAsync(string topic, JsonElement payload, CancellationToken cancellationToken)
    {
        if (payload.ValueKind != JsonValueKind.Object)
        {
            logger.LogWarning("A {Topic} message that is not a JSON object was dropped", topic);
            return SubscriberAnswers.Drop();
        }

        var platformEvent = new PlatformEvent(EventIdOf(topic, payload), topic, OccurredAt(payload) ?? clock.GetUtcNow(), payload);
        if (await db.ProcessedEvents.AnyAsync(e => e.EventId == platformEvent.Id, cancellationToken))
        {
            return SubscriberAnswers.Success();
        }

        foreach (var handler in handlers)
        {
            await handler.HandleAsync(platformEvent, db, cancellationToken);
        }

        db.ProcessedEvents.Add(new ProcessedEvent { EventId = platformEvent.Id, Topic = topic, ProcessedAt = clock.GetUtcNow().UtcDateTime });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return SubscriberAnswers.Success();
        }
        catch (DbUpdateException ex)
        {
            // Most often a concurrent delivery of the same event got there first; the redelivery then finds it processed.
            logger.LogWarning(ex, "{Topic} event {EventId} could not be saved; asking for redelivery", topic, platformEvent.Id);
            return SubscriberAnswers.Retry();
        }
    }

    /// <summary>The payload's <c>event_id</c> (002's events) or <c>eventId</c>; otherwise a hash of topic and payload, so an identical redelivery is still recognised.</summary>
    internal static string EventIdOf(string topic, JsonElement payload)
    {
        foreach (var name in (string[])["event_id", "eventId", "id"])
        {
            if (payload.TryGetProperty(name, out var id) && id.ValueKind == JsonValueKind.String && id.GetString() is { Length: > 0 and <= 200 } value)
            {
                return value;
            }
        }

        var digest = SHA256.HashData(Encoding.UTF8.GetBytes(topic + "\n" + payload.GetRawText()));
        return "sha256:" + Convert.ToHexStringLower(digest);
    }

    /// <summary>When the event happened: a time at the top of the payload, else one in its <c>data</c> (where Orders and Payments keep it).</summary>
    private static DateTimeOffset? OccurredAt(JsonElement payload) =>
        TimeIn(payload) ?? (payload.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object ? TimeIn(data) : null);

    private static DateTimeOffset? TimeIn(JsonElement element)
    {
        foreach (var name in (string[])["timestamp", "created_at", "createdAt", "occurred_at", "occurredAt"])
        {
            if (element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.TryGetDateTimeOffset(out var at))
            {
                return at;
            }
        }

        return null;
    }
}
