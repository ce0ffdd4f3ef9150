using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PurchasePlatform.Payments.Domain;

namespace PurchasePlatform.Payments.Infrastructure;

internal sealed class PaymentMethodConfiguration : IEntityTypeConfiguration<PaymentMethod>
{
    public void Configure(EntityTypeBuilder<PaymentMethod> builder)
    {
        builder.ToTable("payment_methods");
        builder.HasKey(method => method.Id);
        builder.Property(method => method.Id).HasMaxLength(40).ValueGeneratedNever();
        builder.Property(method => method.Type).HasMaxLength(16).IsRequired();
        builder.Property(method => method.Token).HasMaxLength(64).IsRequired();
        builder.Property(method => method.Brand).HasMaxLength(24).IsRequired();
        builder.Property(method => method.Last4).HasMaxLength(4).IsRequired();
        builder.HasIndex(method => method.UserId);
    }
}
