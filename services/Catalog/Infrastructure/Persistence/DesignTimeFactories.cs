using PurchasePlatform.BuildingBlocks.Persistence;

namespace PurchasePlatform.Catalog.Infrastructure.Persistence;

internal sealed class SqliteCatalogDesignTimeFactory : SqliteDesignTimeFactory<SqliteCatalogDbContext>;

internal sealed class PostgresCatalogDesignTimeFactory : PostgresDesignTimeFactory<PostgresCatalogDbContext>;
