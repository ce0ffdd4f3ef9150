using Microsoft.EntityFrameworkCore;
using PurchasePlatform.BuildingBlocks.Persistence;
using PurchasePlatform.BuildingBlocks.Outbox;
using PurchasePlatform.Orders.Domain;

namespace PurchasePlatform.Orders.Infrastructure.Persistence;

/// <summary>
/// The orders' tables. Each provider has its own subclass (<see cref="SqliteOrdersDbContext"/>,
/// <see cref="PostgresOrdersDbContext"/>) so that each keeps its own migrations.
/// </summary>
public abstract class OrdersDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Order> Orders => Set<Order>();

    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();

    public DbSet<ProcessedEvent> ProcessedEvents => Set<ProcessedEvent>();

    public DbSet<OrderNumberCounter> OrderNumberCounters => Set<OrderNumberCounter>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(OrdersDbContext).Assembly);
        modelBuilder.AddOutboxMessages();
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }
}

public sealed class SqliteOrdersDbContext(DbContextOptions<SqliteOrdersDbContext> options) : OrdersDbContext(options);

public sealed class PostgresOrdersDbContext(DbContextOptions<PostgresOrdersDbContext> options) : OrdersDbContext(options);
