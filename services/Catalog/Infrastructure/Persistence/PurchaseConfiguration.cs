using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PurchasePlatform.Catalog.Domain;

namespace PurchasePlatform.Catalog.Infrastructure.Persistence;

internal sealed class PurchaseConfiguration : IEntityTypeConfiguration<Purchase>
{
    public void Configure(EntityTypeBuilder<Purchase> builder)
    {
        builder.ToTable("purchases");
        builder.HasKey(purchase => new { purchase.OrderId, purchase.ProductId });
        builder.Property(purchase => purchase.OrderId).HasMaxLength(64);
        builder.Property(purchase => purchase.ProductId).HasMaxLength(64);
        builder.Property(purchase => purchase.UserId).HasMaxLength(64).IsRequired();
    }
}
