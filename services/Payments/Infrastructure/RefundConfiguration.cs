using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PurchasePlatform.Payments.Domain;

namespace PurchasePlatform.Payments.Infrastructure;

internal sealed class RefundConfiguration : IEntityTypeConfiguration<Refund>
{
    public void Configure(EntityTypeBuilder<Refund> builder)
    {
        builder.ToTable("refunds");
        builder.HasKey(refund => refund.Id);
        builder.Property(refund => refund.Id).HasMaxLength(40).ValueGeneratedNever();
        builder.Property(refund => refund.PaymentId).HasMaxLength(40).IsRequired();
        builder.Property(refund => refund.Currency).HasMaxLength(3).IsRequired();
        builder.Property(refund => refund.Reason).HasMaxLength(500);
        builder.Property(refund => refund.Status).HasConversion<string>().HasMaxLength(24);
        builder.Property(refund => refund.ProviderRefundId).HasMaxLength(64);
        builder.Property(refund => refund.FailureReason).HasMaxLength(256);
    }
}
