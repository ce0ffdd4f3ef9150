using LocalDapr.Components;
using Microsoft.Data.Sqlite;

namespace LocalDapr.State;

/// <summary>The metadata of a <c>state.sqlite</c> component, with daprd's defaults and checks.</summary>
internal sealed record SqliteStateStoreOptions(
    string ConnectionString,
    bool IsInMemory,
    string TableName,
    string MetadataTableName,
    TimeSpan BusyTimeout,
    TimeSpan CleanupInterval,
    bool DisableWal,
    bool IsActorStateStore)
{
    public static SqliteStateStoreOptions From(ComponentSpec spec)
    {
        var connectionString = spec.Optional("connectionString") ?? spec.Optional("url") ?? spec.Required("connectionString");
        var timeout = spec.Duration("timeout", spec.Duration("timeoutInSeconds", TimeSpan.FromSeconds(20)));
        if (timeout < TimeSpan.FromSeconds(1))
            throw Invalid(spec, "timeout", "must be at least 1s");

        var (sqliteConnectionString, isInMemory) = ToSqliteConnectionString(spec.Name, connectionString, timeout);
        return new SqliteStateStoreOptions(
            sqliteConnectionString,
            isInMemory,
            Identifier(spec, "tableName", "state"),
            Identifier(spec, "metadataTableName", "metadata"),
            spec.Duration("busyTimeout", TimeSpan.FromSeconds(2)),
            spec.Duration("cleanupInterval", spec.Duration("cleanupIntervalInSeconds", TimeSpan.Zero)),
            spec.Bool("disableWAL", false),
            spec.Bool("actorStateStore", false));
    }

    /// <summary>
    /// Accepts what daprd accepts (a path, <c>file:</c> URI, <c>:memory:</c>; daprd's <c>?_pragma=…</c> options are
    /// dropped since busy timeout and journal mode come from metadata) and Microsoft.Data.Sqlite's
    /// <c>Data Source=…</c> form.
    /// </summary>
    private static (string ConnectionString, bool IsInMemory) ToSqliteConnectionString(
        string componentName, string value, TimeSpan timeout)
    {
        var text = value.Trim();
        var lower = text.ToLowerInvariant();
        var builder = lower.StartsWith("data source=", StringComparison.Ordinal) || lower.StartsWith("datasource=", StringComparison.Ordinal)
                      || lower.StartsWith("filename=", StringComparison.Ordinal)
            ? new SqliteConnectionStringBuilder(text)
            : new SqliteConnectionStringBuilder { DataSource = text };
        builder.DataSource = WithoutUriSyntax(builder.DataSource);

        var isInMemory = builder.Mode == SqliteOpenMode.Memory || builder.DataSource is "" or ":memory:";
        if (isInMemory)
        {
            // Every operation opens its own connection, so they must share one named database.
            builder.DataSource = "localdapr-state-" + componentName;
            builder.Mode = SqliteOpenMode.Memory;
            builder.Cache = SqliteCacheMode.Shared;
        }

        builder.Pooling = true;
        builder.DefaultTimeout = (int)Math.Ceiling(timeout.TotalSeconds);
        return (builder.ToString(), isInMemory);
    }

    private static string WithoutUriSyntax(string dataSource)
    {
        var path = dataSource.Split('?', 2)[0];
        if (!path.StartsWith("file:", StringComparison.OrdinalIgnoreCase)) return path;
        path = path["file:".Length..];
        return path.StartsWith("///", StringComparison.Ordinal) ? path[2..] : path;
    }

    private static string Identifier(ComponentSpec spec, string field, string defaultValue)
    {
        var value = spec.Optional(field) ?? defaultValue;
        return value.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')
            ? value
            : throw Invalid(spec, field, $"'{value}' may only contain letters, digits and underscores");
    }

    private static ComponentConfigurationException Invalid(ComponentSpec spec, string field, string problem) =>
        new(spec.SourceFile, $"spec.metadata.{field}", $"component '{spec.Name}': {problem}");
}
