using Microsoft.EntityFrameworkCore;
using PurchasePlatform.Notifications.Events;
using PurchasePlatform.Notifications.Infrastructure;

namespace PurchasePlatform.Notifications.Webhooks;

/// <summary>
/// Adds a pending <see cref="WebhookDelivery"/> per active webhook subscribed to the event's type, its body serialised
/// here once. An event whose payload cannot be mapped is logged and skipped: it must not hold back the other handlers.
/// </summary>
public sealed class WebhookFanOut(TimeProvider clock, ILogger<WebhookFanOut> logger) : IPlatformEventHandler
{
    public async Task HandleAsync(PlatformEvent platformEvent, NotificationsDbContext db, CancellationToken cancellationToken)
    {
        WebhookEvent? webhookEvent;
        try
        {
            webhookEvent = WebhookEventMapper.Map(platformEvent);
        }
        catch (Exception ex) when (ex is FormatException or InvalidOperationException)
        {
            logger.LogWarning(ex, "{Topic} event {EventId} has a shape webhooks cannot read; no webhook is sent for it", platformEvent.Topic,
                platformEvent.Id);
            return;
        }

        if (webhookEvent is null)
        {
            return;
        }

        var webhooks = await db.Set<Webhook>().AsNoTracking().Where(w => w.Status == WebhookStatus.Active).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var webhook in webhooks.Where(w => w.IsSubscribedTo(webhookEvent.Type)))
        {
            var id = WebhookPayload.IdFor(platformEvent.Id, webhook.Id);
            db.Set<WebhookDelivery>().Add(new WebhookDelivery
            {
                Id = id,
                WebhookId = webhook.Id,
                PlatformEventId = platformEvent.Id,
                EventType = webhookEvent.Type,
                Body = WebhookPayload.Serialize(id, webhookEvent, platformEvent.OccurredAt),
                Status = WebhookDeliveryStatus.Pending,
                NextAttemptAt = now,
                CreatedAt = now,
            });
        }
    }
}
