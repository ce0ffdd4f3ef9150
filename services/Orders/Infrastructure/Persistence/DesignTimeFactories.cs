using PurchasePlatform.BuildingBlocks.Persistence;

namespace PurchasePlatform.Orders.Infrastructure.Persistence;

internal sealed class SqliteOrdersDesignTimeFactory : SqliteDesignTimeFactory<SqliteOrdersDbContext>;

internal sealed class PostgresOrdersDesignTimeFactory : PostgresDesignTimeFactory<PostgresOrdersDbContext>;
