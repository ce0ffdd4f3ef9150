using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace PurchasePlatform.Identity.Infrastructure.Persistence;

/// <summary>Lets <c>dotnet ef migrations add ... --context SqliteIdentityDbContext</c> build the context without starting the app.</summary>
internal sealed class SqliteIdentityDesignTimeFactory : IDesignTimeDbContextFactory<SqliteIdentityDbContext>
{
    public SqliteIdentityDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteIdentityDbContext>().UseSqlite("Data Source=identity.db").Options);
}

/// <summary>The PostgreSQL twin of <see cref="SqliteIdentityDesignTimeFactory"/> (no server is contacted to add a migration).</summary>
internal sealed class PostgresIdentityDesignTimeFactory : IDesignTimeDbContextFactory<PostgresIdentityDbContext>
{
    public PostgresIdentityDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresIdentityDbContext>().UseNpgsql("Host=localhost;Database=identity").Options);
}
