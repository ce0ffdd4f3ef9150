using YamlDotNet.RepresentationModel;

namespace PurchasePlatform.TestSupport;

/// <summary>
/// Every variant of the platform's `pubsub` component in the repository (local Redis, embedded, Kafka, Kubernetes,
/// compose), read for their topic scopes, so a test can check them against the topics the code uses.
/// </summary>
public static class RepositoryPubSubComponents
{
    public static readonly IReadOnlyList<string> Files =
    [
        "components/pubsub.yaml",
        "components/embedded/pubsub.yaml",
        "components/kafka/pubsub.yaml",
        "deploy/k8s/dapr/pubsub.yaml",
        "deploy/compose/components/pubsub.yaml",
    ];

    /// <summary>The topics <paramref name="appId"/> is granted in <paramref name="scopesField"/> (publishingScopes or subscriptionScopes) of each file; null where it is not listed.</summary>
    public static IReadOnlyDictionary<string, IReadOnlySet<string>?> ScopedTopics(string scopesField, string appId) =>
        Files.ToDictionary(file => file, file => TopicsOf(Metadata(file).GetValueOrDefault(scopesField), appId));

    /// <summary>The topic list in <paramref name="field"/> (allowedTopics, protectedTopics) of each file.</summary>
    public static IReadOnlyDictionary<string, IReadOnlySet<string>> Topics(string field) =>
        Files.ToDictionary(file => file, file => (IReadOnlySet<string>)Split(Metadata(file).GetValueOrDefault(field) ?? "", ',').ToHashSet());

    private static IReadOnlySet<string>? TopicsOf(string? scopes, string appId)
    {
        foreach (var entry in Split(scopes ?? "", ';'))
        {
            var parts = entry.Split('=', 2);
            if (parts[0].Trim() == appId)
            {
                return Split(parts.Length == 2 ? parts[1] : "", ',').ToHashSet();
            }
        }

        return null;
    }

    private static IEnumerable<string> Split(string text, char separator) =>
        text.Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static Dictionary<string, string> Metadata(string relativePath)
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(Path.Combine(RepositoryRoot, relativePath)))
        {
            stream.Load(reader);
        }

        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var spec = (YamlMappingNode)root.Children[new YamlScalarNode("spec")];
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (spec.Children.TryGetValue(new YamlScalarNode("metadata"), out var list) && list is YamlSequenceNode items)
        {
            foreach (var item in items.OfType<YamlMappingNode>())
            {
                if (item.Children.TryGetValue(new YamlScalarNode("value"), out var value) && value is YamlScalarNode { Value: { } text })
                {
                    result[((YamlScalarNode)item.Children[new YamlScalarNode("name")]).Value!] = text;
                }
            }
        }

        return result;
    }

    private static string RepositoryRoot
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "PurchasePlatform.sln")))
            {
                directory = directory.Parent;
            }

            return directory?.FullName ?? throw new InvalidOperationException("PurchasePlatform.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
