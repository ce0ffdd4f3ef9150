using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PurchasePlatform.Notifications.Messages.Domain;

/// <summary>Where a platform user is reached, learned from <c>users.user_created.v1</c>, for the events that carry only their id.</summary>
public sealed class Contact
{
    public required Guid UserId { get; init; }

    public required string Email { get; set; }

    public string? Name { get; set; }

    public string? Phone { get; set; }

    public required DateTime UpdatedAt { get; set; }
}

internal sealed class ContactConfiguration : IEntityTypeConfiguration<Contact>
{
    public void Configure(EntityTypeBuilder<Contact> builder)
    {
        builder.ToTable("contacts");
        builder.HasKey(c => c.UserId);
        builder.Property(c => c.Email).HasMaxLength(320);
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.Phone).HasMaxLength(16);
    }
}
