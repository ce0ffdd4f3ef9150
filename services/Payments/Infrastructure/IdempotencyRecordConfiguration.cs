using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PurchasePlatform.Payments.Domain;

namespace PurchasePlatform.Payments.Infrastructure;

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> builder)
    {
        builder.ToTable("idempotency_keys");
        builder.HasKey(record => new { record.Scope, record.CallerId, record.Key });
        builder.Property(record => record.Scope).HasMaxLength(64);
        builder.Property(record => record.CallerId).HasMaxLength(64);
        builder.Property(record => record.Key).HasMaxLength(255);
        builder.Property(record => record.RequestHash).HasMaxLength(64).IsRequired();
        builder.Property(record => record.ResourceId).HasMaxLength(40).IsRequired();
    }
}
