using PurchasePlatform.BuildingBlocks.Persistence;

namespace PurchasePlatform.Identity.Infrastructure.Persistence;

internal sealed class SqliteIdentityDesignTimeFactory : SqliteDesignTimeFactory<SqliteIdentityDbContext>;

internal sealed class PostgresIdentityDesignTimeFactory : PostgresDesignTimeFactory<PostgresIdentityDbContext>;
