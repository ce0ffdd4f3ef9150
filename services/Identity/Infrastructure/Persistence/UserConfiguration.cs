using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PurchasePlatform.Identity.Domain.Users;

namespace PurchasePlatform.Identity.Infrastructure.Persistence;

internal sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    /// <summary>Shadow concurrency token, raised on every change to the user or anything it owns.</summary>
    public const string Version = "Version";

    public const string RolesColumn = "_roles";

    public void Configure(EntityTypeBuilder<User> builder)
    {
        builder.ToTable("users");
        builder.HasKey(user => user.Id);
        builder.Property(user => user.Id).ValueGeneratedNever();
        builder.Property(user => user.Email).HasMaxLength(254).IsRequired();
        builder.Property(user => user.NormalizedEmail).HasMaxLength(254).IsRequired();
        builder.HasIndex(user => user.NormalizedEmail).IsUnique();
        builder.Property(user => user.Username).HasMaxLength(50);
        builder.HasIndex(user => user.Username).IsUnique();
        builder.Property(user => user.FirstName).HasMaxLength(100).IsRequired();
        builder.Property(user => user.LastName).HasMaxLength(100).IsRequired();
        builder.Property(user => user.PhoneNumber).HasMaxLength(16);
        builder.Property(user => user.PasswordHash).HasMaxLength(512).IsRequired();
        builder.Property<string>(RolesColumn).HasColumnName("roles").HasMaxLength(200).IsRequired();
        builder.Ignore(user => user.Roles);
        builder.Ignore(user => user.IsEmailVerified);
        builder.Ignore(user => user.DomainEvents);
        builder.Property<int>(Version).IsConcurrencyToken();

        builder.HasMany(user => user.Addresses).WithOne().HasForeignKey("UserId").OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(user => user.Addresses).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(user => user.RefreshTokens).WithOne().HasForeignKey("UserId").OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(user => user.RefreshTokens).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(user => user.OneTimeTokens).WithOne().HasForeignKey("UserId").OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(user => user.OneTimeTokens).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
