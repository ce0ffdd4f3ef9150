using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PurchasePlatform.Catalog.Domain;

namespace PurchasePlatform.Catalog.Infrastructure.Persistence;

internal sealed class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> builder)
    {
        builder.ToTable("products");
        builder.HasKey(product => product.Id);
        builder.Property(product => product.Id).HasMaxLength(64).ValueGeneratedNever();
        builder.Property(product => product.Name).HasMaxLength(200).IsRequired();
        builder.Property(product => product.Slug).HasMaxLength(200).IsRequired();
        builder.HasIndex(product => product.Slug).IsUnique();
        builder.Property(product => product.Sku).HasMaxLength(64).IsRequired();
        builder.HasIndex(product => product.Sku).IsUnique();
        builder.Property(product => product.Description).HasMaxLength(2000).IsRequired();
        builder.Property(product => product.LongDescription).HasMaxLength(20000);
        builder.Property(product => product.Currency).HasMaxLength(3).IsRequired();
        builder.Property(product => product.CategoryId).HasMaxLength(64).IsRequired();
        builder.HasOne(product => product.Category).WithMany().HasForeignKey(product => product.CategoryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(product => new { product.IsActive, product.CategoryId });
        builder.HasIndex(product => product.PriceCents);
        builder.Property(product => product.Images).HasConversion(JsonColumn.Converter<List<ProductImage>>(), JsonColumn.Comparer<List<ProductImage>>());
        builder.Property(product => product.Tags).HasConversion(JsonColumn.Converter<List<string>>(), JsonColumn.Comparer<List<string>>());
        builder.Property(product => product.Attributes)
            .HasConversion(JsonColumn.Converter<List<ProductAttribute>>(), JsonColumn.Comparer<List<ProductAttribute>>());
        builder.Property(product => product.Specifications)
            .HasConversion(JsonColumn.Converter<Dictionary<string, string>>(), JsonColumn.Comparer<Dictionary<string, string>>());
        builder.Property(product => product.Version).IsConcurrencyToken();
        builder.Ignore(product => product.Rating);
    }
}
