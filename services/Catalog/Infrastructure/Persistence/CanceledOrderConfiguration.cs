using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PurchasePlatform.Catalog.Domain;

namespace PurchasePlatform.Catalog.Infrastructure.Persistence;

internal sealed class CanceledOrderConfiguration : IEntityTypeConfiguration<CanceledOrder>
{
    public void Configure(EntityTypeBuilder<CanceledOrder> builder)
    {
        builder.ToTable("canceled_orders");
        builder.HasKey(order => order.OrderId);
        builder.Property(order => order.OrderId).HasMaxLength(64);
    }
}
