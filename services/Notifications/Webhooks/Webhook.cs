using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PurchasePlatform.Notifications.Webhooks;

/// <summary>A receiver registered by an admin: where to post, which event types, and the secret the bodies are signed with.</summary>
public sealed class Webhook
{
    public required string Id { get; init; }

    public required string Url { get; init; }

    public required List<string> Events { get; init; }

    /// <summary>The HMAC key of <c>X-Webhook-Signature</c>, encrypted (<see cref="WebhookSecretProtector"/>); kept to sign, never answered.</summary>
    public required string Secret { get; init; }

    /// <summary>The longest encrypted secret: the version, key id, nonce and tag around the longest plaintext, in base64.</summary>
    public const int MaxStoredSecretLength = 512;

    public required WebhookStatus Status { get; set; }

    public required DateTime CreatedAt { get; init; }

    public DateTime? DeletedAt { get; set; }

    public bool IsSubscribedTo(string eventType) => Status == WebhookStatus.Active && Events.Contains(eventType, StringComparer.Ordinal);

    /// <summary><c>webhook-</c> and 32 hex digits.</summary>
    public static string NewId() => "webhook-" + Guid.NewGuid().ToString("N");
}

public enum WebhookStatus
{
    Active,
    Deleted,
}

internal sealed class WebhookConfiguration : IEntityTypeConfiguration<Webhook>
{
    public void Configure(EntityTypeBuilder<Webhook> builder)
    {
        builder.ToTable("webhooks");
        builder.HasKey(w => w.Id);
        builder.Property(w => w.Id).HasMaxLength(64);
        builder.Property(w => w.Url).HasMaxLength(WebhookRules.MaxUrlLength);
        builder.Property(w => w.Secret).HasMaxLength(Webhook.MaxStoredSecretLength);
        builder.Property(w => w.Status).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(w => new { w.Status, w.CreatedAt });
    }
}
