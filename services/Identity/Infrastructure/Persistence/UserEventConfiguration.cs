using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PurchasePlatform.Identity.Domain.Users;
using PurchasePlatform.Identity.Infrastructure.Outbox;

namespace PurchasePlatform.Identity.Infrastructure.Persistence;

internal sealed class UserEventConfiguration : IEntityTypeConfiguration<UserEvent>
{
    public void Configure(EntityTypeBuilder<UserEvent> builder)
    {
        builder.ToTable("user_events");
        builder.HasKey(userEvent => userEvent.Id);
        builder.Property(userEvent => userEvent.Id).HasMaxLength(40).ValueGeneratedNever();
        builder.HasIndex(userEvent => new { userEvent.UserId, userEvent.Sequence }).IsUnique();
        builder.HasIndex(userEvent => new { userEvent.PublishedAt, userEvent.OccurredAt });
        builder.Property(userEvent => userEvent.EventType).HasMaxLength(64).IsRequired();
        builder.Property(userEvent => userEvent.Topic).HasMaxLength(128).IsRequired();
        builder.Property(userEvent => userEvent.Data).IsRequired();
        builder.Property(userEvent => userEvent.LastError).HasMaxLength(1000);
        builder.HasOne<User>().WithMany().HasForeignKey(userEvent => userEvent.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
