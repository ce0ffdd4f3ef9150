using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace PurchasePlatform.Payments.Infrastructure;

/// <summary>Lets <c>dotnet ef migrations add ... --context SqlitePaymentsDbContext</c> build the context without starting the app.</summary>
internal sealed class SqlitePaymentsDesignTimeFactory : IDesignTimeDbContextFactory<SqlitePaymentsDbContext>
{
    public SqlitePaymentsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlitePaymentsDbContext>().UseSqlite("Data Source=payments.db").Options);
}

/// <summary>The PostgreSQL twin of <see cref="SqlitePaymentsDesignTimeFactory"/> (no server is contacted to add a migration).</summary>
internal sealed class PostgresPaymentsDesignTimeFactory : IDesignTimeDbContextFactory<PostgresPaymentsDbContext>
{
    public PostgresPaymentsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresPaymentsDbContext>().UseNpgsql("Host=localhost;Database=payments").Options);
}
