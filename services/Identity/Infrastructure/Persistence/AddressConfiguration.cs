using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PurchasePlatform.Identity.Domain.Users;

namespace PurchasePlatform.Identity.Infrastructure.Persistence;

internal sealed class AddressConfiguration : IEntityTypeConfiguration<Address>
{
    public void Configure(EntityTypeBuilder<Address> builder)
    {
        builder.ToTable("user_addresses");
        builder.HasKey(address => address.Id);
        builder.Property(address => address.Id).HasMaxLength(20).ValueGeneratedNever();
        builder.Property(address => address.Street).HasMaxLength(200).IsRequired();
        builder.Property(address => address.City).HasMaxLength(100).IsRequired();
        builder.Property(address => address.State).HasMaxLength(100);
        builder.Property(address => address.ZipCode).HasMaxLength(20).IsRequired();
        builder.Property(address => address.Country).HasMaxLength(100).IsRequired();
    }
}
