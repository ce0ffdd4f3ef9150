using Xunit;

namespace PurchasePlatform.TestSupport;

/// <summary>A test that needs a real PostgreSQL server: skipped only when initdb is not installed.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (!PostgresServer.IsAvailable)
        {
            Skip = "PostgreSQL (initdb) is not on PATH";
        }
    }
}
