using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PurchasePlatform.Catalog.Domain;

namespace PurchasePlatform.Catalog.Infrastructure.Persistence;

internal sealed class StockLevelConfiguration : IEntityTypeConfiguration<StockLevel>
{
    public void Configure(EntityTypeBuilder<StockLevel> builder)
    {
        builder.ToTable("stock_levels");
        builder.HasKey(level => new { level.ProductId, level.Shard });
        builder.Property(level => level.ProductId).HasMaxLength(64);
    }
}
