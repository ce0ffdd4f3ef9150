using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PurchasePlatform.BuildingBlocks.Outbox;
using PurchasePlatform.Catalog.Infrastructure.Outbox;

namespace PurchasePlatform.Catalog.Infrastructure.Persistence;

internal sealed class CatalogEventConfiguration : IEntityTypeConfiguration<CatalogEvent>
{
    public void Configure(EntityTypeBuilder<CatalogEvent> builder)
    {
        builder.ToTable("catalog_events");
        builder.ConfigureOutboxColumns();
        builder.Property(row => row.ProductId).HasMaxLength(64).IsRequired();
        builder.Property(row => row.EventType).HasMaxLength(64).IsRequired();
        builder.Property(row => row.Data).IsRequired();
    }
}
