namespace EndToEnd.Tests.Platform;

/// <summary>
/// A component set of the repository copied into a temporary folder and pointed at the run's own stores: the
/// secrets file path made absolute, and the state file (embedded set) or the Redis address (Redis set) replaced.
/// </summary>
public static class PlatformComponents
{
    /// <summary>components/embedded: SQLite state next to the copy, in-memory pub/sub.</summary>
    public static string CopyEmbedded(string repositoryRoot)
    {
        var root = Directory.CreateTempSubdirectory("platform-e2e-").FullName;
        return Copy(repositoryRoot, Path.Combine(repositoryRoot, "components", "embedded"), root,
            ("../../.localdapr/state.db", Path.Combine(root, "state.db")));
    }

    /// <summary>components/*.yaml (what `dapr run -f .` uses): Redis state (also the actor state store) and Redis Streams pub/sub.</summary>
    public static string CopyRedis(string repositoryRoot, string redisEndpoint)
    {
        var root = Directory.CreateTempSubdirectory("platform-redis-").FullName;
        return Copy(repositoryRoot, Path.Combine(repositoryRoot, "components"), root, ("localhost:6379", redisEndpoint));
    }

    private static string Copy(string repositoryRoot, string source, string root, (string From, string To) store)
    {
        var target = Path.Combine(root, "components");
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(source, "*.yaml"))
        {
            var text = File.ReadAllText(file)
                .Replace(store.From, store.To, StringComparison.Ordinal)
                .Replace("../../secrets/local-secrets.json", Path.Combine(repositoryRoot, "secrets", "local-secrets.json"), StringComparison.Ordinal);
            File.WriteAllText(Path.Combine(target, Path.GetFileName(file)), text);
        }

        return target;
    }
}
