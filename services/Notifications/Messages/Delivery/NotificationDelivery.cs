using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PurchasePlatform.BuildingBlocks.Outbox;
using PurchasePlatform.Notifications.Infrastructure;
using PurchasePlatform.Notifications.Messages.Domain;
using PurchasePlatform.Notifications.Messages.Templates;

namespace PurchasePlatform.Notifications.Messages.Delivery;

/// <summary>
/// Sends the queued notifications that are due. Each is first claimed with a conditional UPDATE (of racing passes one
/// wins; the claim also counts the attempt), then sent with its id as the provider's idempotency key, then its outcome
/// saved. A crash between send and save leaves it queued and claimed: once the claim runs out a later pass sends it
/// again with the same key, which the provider answers without sending twice (at least once, never lost).
/// Transient failures are retried with exponential backoff until <c>MaxAttempts</c>.
/// </summary>
public sealed class NotificationDelivery(IDbContextFactory<NotificationsDbContext> contexts, IEmailSender email, ISmsSender sms,
    IOptions<DeliveryOptions> options, TimeProvider clock, ILogger<NotificationDelivery> logger)
{
    public async Task<DeliveryPass> DeliverDueOnceAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var pass = DeliveryPass.Empty;
        foreach (var id in await FindDueAsync(settings, cancellationToken))
        {
            if (await ClaimAsync(id, cancellationToken) is not { } notification)
            {
                continue;
            }

            var result = await SendAsync(notification, cancellationToken);
            pass = await RecordAsync(notification, result, settings, pass, cancellationToken);
        }

        return pass;
    }

    private async Task<List<string>> FindDueAsync(DeliveryOptions settings, CancellationToken cancellationToken)
    {
        var now = Now();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<Notification>().AsNoTracking()
            .Where(n => n.Status == NotificationStatus.Queued && n.NextAttemptAt <= now && (n.ClaimedUntil == null || n.ClaimedUntil < now))
            .OrderBy(n => n.NextAttemptAt)
            .Take(settings.BatchSize)
            .Select(n => n.Id)
            .ToListAsync(cancellationToken);
    }

    /// <summary>Takes a queued notification nobody holds (of racing claimants, one wins) and counts the attempt; null when it is not there to take.</summary>
    internal async Task<Notification?> ClaimAsync(string id, CancellationToken cancellationToken)
    {
        var now = Now();
        var claimedUntil = now + options.Value.ClaimDuration;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var claimed = await db.Set<Notification>()
            .Where(n => n.Id == id && n.Status == NotificationStatus.Queued && (n.ClaimedUntil == null || n.ClaimedUntil < now))
            .ExecuteUpdateAsync(setters => setters.SetProperty(n => n.ClaimedUntil, claimedUntil).SetProperty(n => n.Attempts, n => n.Attempts + 1),
                cancellationToken);
        return claimed == 1 ? await db.Set<Notification>().AsNoTracking().SingleAsync(n => n.Id == id, cancellationToken) : null;
    }

    private async Task<SendResult> SendAsync(Notification notification, CancellationToken cancellationToken)
    {
        try
        {
            return notification.Type switch
            {
                NotificationType.Email => await email.SendAsync(new EmailMessage(notification.To, notification.Subject ?? "", notification.Body),
                    notification.Id, cancellationToken),
                NotificationType.Sms => await sms.SendAsync(new SmsMessage(notification.To, notification.Body), notification.Id, cancellationToken),
                _ => new SendResult.PermanentFailure($"{NotificationNames.Of(notification.Type)} notifications cannot be sent"),
            };
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(ex, "Sending notification {NotificationId} failed", notification.Id);
            return new SendResult.TransientFailure("The provider could not be reached");
        }
    }

    private async Task<DeliveryPass> RecordAsync(Notification claimed, SendResult result, DeliveryOptions settings, DeliveryPass pass,
        CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var notification = await db.Set<Notification>().SingleAsync(n => n.Id == claimed.Id, cancellationToken);
        var now = Now();
        notification.ClaimedUntil = null;
        switch (result)
        {
            case SendResult.Accepted accepted:
                notification.Status = accepted.Delivered ? NotificationStatus.Delivered : NotificationStatus.Sent;
                notification.SentAt = now;
                notification.DeliveredAt = accepted.Delivered ? now : null;
                notification.ProviderMessageId = accepted.ProviderMessageId;
                notification.Error = null;
                pass = pass with { Sent = pass.Sent + 1 };
                break;
            case SendResult.TransientFailure transient when notification.Attempts < settings.MaxAttempts:
                notification.NextAttemptAt = now + RetryBackoff.Delay(notification.Attempts, settings.BackoffBase, settings.BackoffMax);
                notification.Error = Truncate(transient.Error);
                pass = pass with { Retrying = pass.Retrying + 1 };
                break;
            case SendResult.TransientFailure transient:
                Fail(notification, $"Gave up after {notification.Attempts} attempts: {transient.Error}");
                pass = pass with { Failed = pass.Failed + 1 };
                break;
            case SendResult.PermanentFailure permanent:
                Fail(notification, permanent.Error);
                pass = pass with { Failed = pass.Failed + 1 };
                break;
        }

        if (notification.Status != NotificationStatus.Queued && TemplateCatalogue.HoldsOneTimeLink(notification.TemplateId))
        {
            notification.Body = RemovedOneTimeLink;
        }

        await db.SaveChangesAsync(cancellationToken);
        if (notification.Status == NotificationStatus.Failed)
        {
            NotificationMetrics.NotificationFailed(notification.Type);
            logger.LogWarning("Notification {NotificationId} failed: {Error}", notification.Id, notification.Error);
        }
        else if (notification.Status != NotificationStatus.Queued)
        {
            NotificationMetrics.NotificationSent(notification.Type);
        }

        return pass;
    }

    internal const string RemovedOneTimeLink = "(removed once the mail was sent or failed: it held a one-time link)";

    private static void Fail(Notification notification, string error)
    {
        notification.Status = NotificationStatus.Failed;
        notification.Error = Truncate(error);
    }

    private static string Truncate(string error) => error.Length <= 1000 ? error : error[..1000];

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;
}
