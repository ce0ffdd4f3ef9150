namespace PurchasePlatform.Notifications.Messages.Domain;

/// <summary>
/// One e-mail or SMS: what is sent, to whom, and how its delivery went. A queued notification is due at
/// <see cref="NextAttemptAt"/>; a delivery pass claims it until <see cref="ClaimedUntil"/> so that no other pass sends it meanwhile.
/// </summary>
public sealed class Notification
{
    public required string Id { get; init; }

    public required NotificationType Type { get; init; }

    /// <summary>An e-mail address or an E.164 phone number; empty when no address was known.</summary>
    public required string To { get; init; }

    /// <summary>The platform user the notification is for, who sees it in their history; null when sent to a bare address.</summary>
    public Guid? UserId { get; init; }

    public string? Subject { get; init; }

    /// <summary>HTML for an e-mail, plain text for an SMS.</summary>
    public required string Body { get; set; }

    public string? TemplateId { get; init; }

    /// <summary>The platform event it was made for, if any.</summary>
    public string? SourceEventId { get; init; }

    public NotificationStatus Status { get; set; } = NotificationStatus.Queued;

    /// <summary>Sends tried so far (a claim counts one).</summary>
    public int Attempts { get; set; }

    public required DateTime QueuedAt { get; init; }

    public DateTime NextAttemptAt { get; set; }

    public DateTime? ClaimedUntil { get; set; }

    public DateTime? SentAt { get; set; }

    public DateTime? DeliveredAt { get; set; }

    /// <summary>Why it failed; while queued, why the last attempt failed.</summary>
    public string? Error { get; set; }

    public string? ProviderMessageId { get; set; }

    public static Notification Queue(NotificationType type, string to, string? subject, string body, DateTime now, Guid? userId = null,
        string? templateId = null, string? sourceEventId = null) => new()
    {
        Id = NotificationIds.New(),
        Type = type,
        To = to,
        Subject = subject,
        Body = body,
        UserId = userId,
        TemplateId = templateId,
        SourceEventId = sourceEventId,
        QueuedAt = now,
        NextAttemptAt = now,
    };

    /// <summary>A notification that could not even be queued (e.g. no address known): kept as failed so that it shows in history.</summary>
    public static Notification Undeliverable(NotificationType type, string? subject, string body, string error, DateTime now, Guid? userId,
        string? templateId, string? sourceEventId)
    {
        var notification = Queue(type, "", subject, body, now, userId, templateId, sourceEventId);
        notification.Status = NotificationStatus.Failed;
        notification.Error = error;
        return notification;
    }
}
