using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PurchasePlatform.Notifications.Events;

/// <summary>An event the intake has handled, written in the transaction of its effects, so a redelivery changes nothing.</summary>
public sealed class ProcessedEvent
{
    public required string EventId { get; init; }

    public required string Topic { get; init; }

    public required DateTime ProcessedAt { get; init; }
}

internal sealed class ProcessedEventConfiguration : IEntityTypeConfiguration<ProcessedEvent>
{
    public void Configure(EntityTypeBuilder<ProcessedEvent> builder)
    {
        builder.ToTable("processed_events");
        builder.HasKey(e => e.EventId);
        builder.Property(e => e.EventId).HasMaxLength(200);
        builder.Property(e => e.Topic).HasMaxLength(200);
    }
}
