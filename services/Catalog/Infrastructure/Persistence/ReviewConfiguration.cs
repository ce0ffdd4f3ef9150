using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PurchasePlatform.Catalog.Domain;

namespace PurchasePlatform.Catalog.Infrastructure.Persistence;

internal sealed class ReviewConfiguration : IEntityTypeConfiguration<Review>
{
    public void Configure(EntityTypeBuilder<Review> builder)
    {
        builder.ToTable("reviews");
        builder.HasKey(review => review.Id);
        builder.Property(review => review.Id).HasMaxLength(64).ValueGeneratedNever();
        builder.Property(review => review.ProductId).HasMaxLength(64).IsRequired();
        builder.Property(review => review.UserId).HasMaxLength(64).IsRequired();
        builder.Property(review => review.UserName).HasMaxLength(100).IsRequired();
        builder.Property(review => review.OrderId).HasMaxLength(64).IsRequired();
        builder.Property(review => review.Title).HasMaxLength(200);
        builder.Property(review => review.Comment).HasMaxLength(5000);
        // One review per order and product, even when two requests race.
        builder.HasIndex(review => new { review.ProductId, review.OrderId }).IsUnique();
        builder.HasIndex(review => new { review.ProductId, review.CreatedAt });
        builder.HasOne<Product>().WithMany().HasForeignKey(review => review.ProductId).OnDelete(DeleteBehavior.Cascade);
    }
}
