using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PurchasePlatform.Catalog.Infrastructure.Outbox;

namespace PurchasePlatform.Catalog.Infrastructure.Persistence;

internal sealed class CatalogEventConfiguration : IEntityTypeConfiguration<CatalogEvent>
{
    public void Configure(EntityTypeBuilder<CatalogEvent> builder)
    {
        builder.ToTable("catalog_events");
        builder.HasKey(row => row.Id);
        builder.Property(row => row.Id).HasMaxLength(40).ValueGeneratedNever();
        builder.Property(row => row.ProductId).HasMaxLength(64).IsRequired();
        builder.Property(row => row.EventType).HasMaxLength(64).IsRequired();
        builder.Property(row => row.Topic).HasMaxLength(128).IsRequired();
        builder.Property(row => row.Data).IsRequired();
        builder.Property(row => row.LastError).HasMaxLength(1000);
        builder.HasIndex(row => new { row.PublishedAt, row.OccurredAt });
    }
}
