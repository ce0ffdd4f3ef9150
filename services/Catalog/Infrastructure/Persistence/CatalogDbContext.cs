using Microsoft.EntityFrameworkCore;
using PurchasePlatform.BuildingBlocks.Persistence;
using PurchasePlatform.Catalog.Domain;
using PurchasePlatform.Catalog.Infrastructure.Outbox;

namespace PurchasePlatform.Catalog.Infrastructure.Persistence;

/// <summary>
/// The catalog's tables. Each provider has its own subclass (<see cref="SqliteCatalogDbContext"/>,
/// <see cref="PostgresCatalogDbContext"/>) so that each keeps its own migrations.
/// </summary>
public abstract class CatalogDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Product> Products => Set<Product>();

    public DbSet<Category> Categories => Set<Category>();

    public DbSet<Review> Reviews => Set<Review>();

    public DbSet<Purchase> Purchases => Set<Purchase>();

    public DbSet<CanceledOrder> CanceledOrders => Set<CanceledOrder>();

    public DbSet<StockLevel> StockLevels => Set<StockLevel>();

    public DbSet<CatalogEvent> CatalogEvents => Set<CatalogEvent>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CatalogDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
}

public sealed class SqliteCatalogDbContext(DbContextOptions<SqliteCatalogDbContext> options) : CatalogDbContext(options);

public sealed class PostgresCatalogDbContext(DbContextOptions<PostgresCatalogDbContext> options) : CatalogDbContext(options);
