using Microsoft.EntityFrameworkCore;
using PurchasePlatform.BuildingBlocks.Outbox;

namespace PurchasePlatform.BuildingBlocks.Tests.Outbox;

public sealed class OutboxTestDbContext(DbContextOptions<OutboxTestDbContext> options) : DbContext(options)
{
    public DbSet<Note> Notes => Set<Note>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.AddOutboxMessages();
}

public sealed class Note
{
    public int Id { get; set; }

    public required string Text { get; set; }
}
