namespace PurchasePlatform.TestSupport;

public static class TemporaryFolders
{
    /// <summary>
    /// Deletes a test's folder, trying again briefly while a server that just stopped still removes its own files
    /// (SQLite's -wal/-shm, PostgreSQL's pid file); a folder that still will not go is left to the OS's temp cleanup.
    /// </summary>
    public static async Task DeleteAsync(string directory)
    {
        for (var attempt = 1; attempt <= 5 && Directory.Exists(directory); attempt++)
        {
            try
            {
                Directory.Delete(directory, recursive: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                await Task.Delay(100);
            }
        }
    }
}
