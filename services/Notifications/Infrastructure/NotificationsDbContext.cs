using Microsoft.EntityFrameworkCore;
using PurchasePlatform.BuildingBlocks.Outbox;
using PurchasePlatform.BuildingBlocks.Persistence;
using PurchasePlatform.Notifications.Events;

namespace PurchasePlatform.Notifications.Infrastructure;

/// <summary>
/// The notification service's tables. Each feature configures its own entities (<c>IEntityTypeConfiguration</c> in its
/// folder, found by assembly scan) and reaches them with <c>Set&lt;T&gt;()</c>. Each provider has its own subclass
/// (<see cref="SqliteNotificationsDbContext"/>, <see cref="PostgresNotificationsDbContext"/>) so that each keeps its own migrations.
/// </summary>
public abstract class NotificationsDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<ProcessedEvent> ProcessedEvents => Set<ProcessedEvent>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(NotificationsDbContext).Assembly);
        modelBuilder.AddOutboxMessages();
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
}

public sealed class SqliteNotificationsDbContext(DbContextOptions<SqliteNotificationsDbContext> options) : NotificationsDbContext(options);

public sealed class PostgresNotificationsDbContext(DbContextOptions<PostgresNotificationsDbContext> options) : NotificationsDbContext(options);
