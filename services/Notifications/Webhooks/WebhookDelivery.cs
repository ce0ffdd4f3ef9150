using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PurchasePlatform.Notifications.Webhooks;

/// <summary>
/// One event for one webhook. <see cref="Body"/> is serialised once, when the event arrives, so every attempt posts the
/// same bytes with the same signature. <see cref="ClaimedUntil"/> is set by the pass that is posting it (a
/// conditional update), so two instances never post the same row at once.
/// </summary>
public sealed class WebhookDelivery
{
    /// <summary>The body's <c>id</c> (<c>evt_</c> and hex), also <c>X-Webhook-Id</c>: derived from the platform event and the webhook.</summary>
    public required string Id { get; init; }

    public required string WebhookId { get; init; }

    public required string PlatformEventId { get; init; }

    public required string EventType { get; init; }

    public required string Body { get; init; }

    public required WebhookDeliveryStatus Status { get; set; }

    public int Attempts { get; set; }

    public int? LastStatusCode { get; set; }

    public string? LastError { get; set; }

    /// <summary>When the next attempt is due; null once delivered, failed or cancelled.</summary>
    public DateTime? NextAttemptAt { get; set; }

    public DateTime? ClaimedUntil { get; set; }

    public required DateTime CreatedAt { get; init; }

    public DateTime? LastAttemptAt { get; set; }

    public DateTime? DeliveredAt { get; set; }
}

public enum WebhookDeliveryStatus
{
    Pending,
    Delivered,
    Failed,
    Cancelled,
}

internal sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDelivery>
{
    public const int MaxErrorLength = 500;

    public void Configure(EntityTypeBuilder<WebhookDelivery> builder)
    {
        builder.ToTable("webhook_deliveries");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).HasMaxLength(64);
        builder.Property(d => d.WebhookId).HasMaxLength(64);
        builder.Property(d => d.PlatformEventId).HasMaxLength(200);
        builder.Property(d => d.EventType).HasMaxLength(32);
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(d => d.LastError).HasMaxLength(MaxErrorLength);
        builder.HasOne<Webhook>().WithMany().HasForeignKey(d => d.WebhookId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => new { d.Status, d.NextAttemptAt });
        builder.HasIndex(d => new { d.WebhookId, d.CreatedAt });
    }
}
