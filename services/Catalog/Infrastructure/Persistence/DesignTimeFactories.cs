using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace PurchasePlatform.Catalog.Infrastructure.Persistence;

/// <summary>Lets <c>dotnet ef migrations add ... --context SqliteCatalogDbContext</c> build the context without starting the app.</summary>
internal sealed class SqliteCatalogDesignTimeFactory : IDesignTimeDbContextFactory<SqliteCatalogDbContext>
{
    public SqliteCatalogDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteCatalogDbContext>().UseSqlite("Data Source=catalog.db").Options);
}

/// <summary>The PostgreSQL twin of <see cref="SqliteCatalogDesignTimeFactory"/> (no server is contacted to add a migration).</summary>
internal sealed class PostgresCatalogDesignTimeFactory : IDesignTimeDbContextFactory<PostgresCatalogDbContext>
{
    public PostgresCatalogDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresCatalogDbContext>().UseNpgsql("Host=localhost;Database=catalog").Options);
}
