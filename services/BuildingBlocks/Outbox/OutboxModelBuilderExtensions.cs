using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PurchasePlatform.BuildingBlocks.Outbox;

public static class OutboxModelBuilderExtensions
{
    /// <summary>The <c>outbox_messages</c> table for <see cref="OutboxMessage"/> rows.</summary>
    public static ModelBuilder AddOutboxMessages(this ModelBuilder modelBuilder)
    {
        var builder = modelBuilder.Entity<OutboxMessage>();
        builder.ToTable("outbox_messages");
        builder.ConfigureOutboxColumns();
        builder.Property(message => message.Payload).IsRequired();
        return modelBuilder;
    }

    /// <summary>The key, lengths and the index the relay's query uses, for any outbox row type.</summary>
    public static EntityTypeBuilder<TRow> ConfigureOutboxColumns<TRow>(this EntityTypeBuilder<TRow> builder) where TRow : OutboxRow
    {
        builder.HasKey(row => row.Id);
        builder.Property(row => row.Id).HasMaxLength(80).ValueGeneratedNever();
        builder.Property(row => row.Topic).HasMaxLength(128).IsRequired();
        builder.Property(row => row.LastError).HasMaxLength(1000);
        builder.HasIndex(row => new { row.PublishedAt, row.OccurredAt });
        return builder;
    }
}
