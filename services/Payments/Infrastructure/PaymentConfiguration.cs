using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PurchasePlatform.Payments.Domain;

namespace PurchasePlatform.Payments.Infrastructure;

internal sealed class PaymentConfiguration : IEntityTypeConfiguration<Payment>
{
    public void Configure(EntityTypeBuilder<Payment> builder)
    {
        builder.ToTable("payments");
        builder.HasKey(payment => payment.Id);
        builder.Property(payment => payment.Id).HasMaxLength(40).ValueGeneratedNever();
        builder.Property(payment => payment.OrderId).HasMaxLength(64).IsRequired();
        builder.Property(payment => payment.Currency).HasMaxLength(3).IsRequired();
        builder.Property(payment => payment.Status).HasConversion<string>().HasMaxLength(24);
        builder.Property(payment => payment.PaymentMethodId).HasMaxLength(40);
        builder.Property(payment => payment.CardToken).HasMaxLength(64).IsRequired();
        builder.Property(payment => payment.CardBrand).HasMaxLength(24).IsRequired();
        builder.Property(payment => payment.CardLast4).HasMaxLength(4).IsRequired();
        builder.Property(payment => payment.TransactionId).HasMaxLength(64);
        builder.Property(payment => payment.ReceiptUrl).HasMaxLength(256);
        builder.Property(payment => payment.FailureCode).HasMaxLength(40);
        builder.Property(payment => payment.FailureReason).HasMaxLength(256);
        builder.Property(payment => payment.Version).IsConcurrencyToken();
        builder.HasIndex(payment => new { payment.UserId, payment.CreatedAt });

        // An order is charged at most once: a second payment may only start after the first one failed.
        builder.HasIndex(payment => payment.OrderId).IsUnique().HasFilter("\"Status\" <> 'Failed'");

        builder.HasMany(payment => payment.Refunds).WithOne().HasForeignKey(refund => refund.PaymentId);
        builder.Navigation(payment => payment.Refunds).AutoInclude();
    }
}
