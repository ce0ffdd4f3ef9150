using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace PurchasePlatform.Orders.Infrastructure.Persistence;

/// <summary>Lets <c>dotnet ef migrations add ... --context SqliteOrdersDbContext</c> build the context without starting the app.</summary>
internal sealed class SqliteOrdersDesignTimeFactory : IDesignTimeDbContextFactory<SqliteOrdersDbContext>
{
    public SqliteOrdersDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteOrdersDbContext>().UseSqlite("Data Source=orders.db").Options);
}

/// <summary>The PostgreSQL twin of <see cref="SqliteOrdersDesignTimeFactory"/> (no server is contacted to add a migration).</summary>
internal sealed class PostgresOrdersDesignTimeFactory : IDesignTimeDbContextFactory<PostgresOrdersDbContext>
{
    public PostgresOrdersDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresOrdersDbContext>().UseNpgsql("Host=localhost;Database=orders").Options);
}
