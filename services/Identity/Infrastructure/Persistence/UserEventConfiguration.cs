using PurchasePlatform.BuildingBlocks.Outbox;
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
        builder.ConfigureOutboxColumns();
        builder.HasIndex(userEvent => new { userEvent.UserId, userEvent.Sequence }).IsUnique();
        builder.Property(userEvent => userEvent.EventType).HasMaxLength(64).IsRequired();
        builder.Property(userEvent => userEvent.Data).IsRequired();
        builder.HasOne<User>().WithMany().HasForeignKey(userEvent => userEvent.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
