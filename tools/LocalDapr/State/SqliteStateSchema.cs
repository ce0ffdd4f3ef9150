using Microsoft.Data.Sqlite;

namespace LocalDapr.State;

/// <summary>
/// Creates the tables daprd's <c>state.sqlite</c> uses (components-contrib <c>state/sqlite/sqlite_migrations.go</c>), so
/// daprd and LocalDapr can open each other's files: the state table, and a metadata table holding the
/// migration level under the key <c>migrations</c>.
/// </summary>
internal static class SqliteStateSchema
{
    public static void EnsureCreated(SqliteConnection connection, string tableName, string metadataTableName)
    {
        using var transaction = connection.BeginTransaction();
        Execute(connection, $"""
            CREATE TABLE IF NOT EXISTS {metadataTableName} (
                key text NOT NULL PRIMARY KEY,
                value text NOT NULL
            )
            """);
        Execute(connection, $"""
            CREATE TABLE IF NOT EXISTS {tableName} (
                key TEXT NOT NULL PRIMARY KEY,
                value TEXT NOT NULL,
                is_binary BOOLEAN NOT NULL,
                etag TEXT NOT NULL,
                expiration_time TIMESTAMP DEFAULT NULL,
                update_time TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
            )
            """);
        // Level 1 is daprd's only migration so far: the state table above.
        Execute(connection, $"INSERT OR IGNORE INTO {metadataTableName} (key, value) VALUES ('migrations', '1')");
        transaction.Commit();
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
