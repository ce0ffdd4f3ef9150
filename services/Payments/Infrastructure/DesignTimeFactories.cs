using PurchasePlatform.BuildingBlocks.Persistence;

namespace PurchasePlatform.Payments.Infrastructure;

internal sealed class SqlitePaymentsDesignTimeFactory : SqliteDesignTimeFactory<SqlitePaymentsDbContext>;

internal sealed class PostgresPaymentsDesignTimeFactory : PostgresDesignTimeFactory<PostgresPaymentsDbContext>;
