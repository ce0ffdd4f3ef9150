using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PurchasePlatform.Notifications.Messages.Domain;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.ToTable("notifications");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).HasMaxLength(40);
        builder.Property(n => n.Type).HasConversion<string>().HasMaxLength(10);
        builder.Property(n => n.Status).HasConversion<string>().HasMaxLength(10);
        builder.Property(n => n.To).HasMaxLength(320);
        builder.Property(n => n.Subject).HasMaxLength(500);
        builder.Property(n => n.TemplateId).HasMaxLength(64);
        builder.Property(n => n.SourceEventId).HasMaxLength(200);
        builder.Property(n => n.Error).HasMaxLength(1000);
        builder.Property(n => n.ProviderMessageId).HasMaxLength(200);

        // History: a user's notifications, newest first.
        builder.HasIndex(n => new { n.UserId, n.QueuedAt });
        // The delivery pass: queued notifications by due time.
        builder.HasIndex(n => new { n.Status, n.NextAttemptAt });
    }
}
