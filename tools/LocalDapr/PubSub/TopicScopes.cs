namespace LocalDapr.PubSub;

/// <summary>
/// Which topics of one pub/sub component one app may publish and subscribe to, from the component's
/// <c>publishingScopes</c>, <c>subscriptionScopes</c>, <c>allowedTopics</c> and <c>protectedTopics</c> metadata,
/// with daprd's rules (dapr/dapr pkg/scopes/scopes.go and IsOperationAllowed in pkg/runtime/pubsub/adapter.go).
/// </summary>
public sealed class TopicScopes
{
    public const string PublishingScopesField = "publishingScopes";
    public const string SubscriptionScopesField = "subscriptionScopes";
    public const string AllowedTopicsField = "allowedTopics";
    public const string ProtectedTopicsField = "protectedTopics";

    private TopicScopes(IReadOnlyList<string> publishing, IReadOnlyList<string> subscribing, IReadOnlyList<string> allowed,
        IReadOnlyList<string> protectedTopics)
    {
        Publishing = publishing;
        Subscribing = subscribing;
        Allowed = allowed;
        Protected = protectedTopics;
    }

    /// <summary>The app's grants in <c>publishingScopes</c>; empty when the app is not listed.</summary>
    public IReadOnlyList<string> Publishing { get; }

    /// <summary>The app's grants in <c>subscriptionScopes</c>; empty when the app is not listed.</summary>
    public IReadOnlyList<string> Subscribing { get; }

    public IReadOnlyList<string> Allowed { get; }

    public IReadOnlyList<string> Protected { get; }

    public static TopicScopes For(string appId, IReadOnlyDictionary<string, string> metadata) => new(
        AppTopics(Find(metadata, PublishingScopesField), appId),
        AppTopics(Find(metadata, SubscriptionScopesField), appId),
        TopicList(Find(metadata, AllowedTopicsField)),
        TopicList(Find(metadata, ProtectedTopicsField)));

    public bool MayPublish(string topic) => IsAllowed(topic, Publishing);

    public bool MaySubscribe(string topic) => IsAllowed(topic, Subscribing);

    private bool IsAllowed(string topic, IReadOnlyList<string> granted)
    {
        if (Allowed.Count > 0 && !Allowed.Contains(topic, StringComparer.Ordinal)) return false;
        var isProtected = Protected.Contains(topic, StringComparer.Ordinal);
        // An app listed with no topics ("app=") holds the grant [""], so it is restricted and matches no topic.
        if (!isProtected && granted.Count == 0) return true;
        return granted.Contains(topic, StringComparer.Ordinal);
    }

    private static string? Find(IReadOnlyDictionary<string, string> metadata, string field) =>
        metadata.FirstOrDefault(m => m.Key.Equals(field, StringComparison.OrdinalIgnoreCase)).Value;

    /// <summary>"app1=t1,t2;app2=" to the topics of <paramref name="appId"/>, in order, without repeats.</summary>
    private static IReadOnlyList<string> AppTopics(string? value, string appId)
    {
        if (string.IsNullOrEmpty(value)) return [];
        var topics = new List<string>();
        foreach (var app in value.Replace(" ", "", StringComparison.Ordinal).Split(';'))
        {
            var parts = app.Split('=');
            if (parts.Length < 2 || parts[0] != appId) continue;
            AddDistinct(topics, parts[1].Split(','));
        }

        return topics;
    }

    private static IReadOnlyList<string> TopicList(string? value)
    {
        if (string.IsNullOrEmpty(value)) return [];
        var topics = new List<string>();
        AddDistinct(topics, value.Replace(" ", "", StringComparison.Ordinal).Split(','));
        return topics;
    }

    private static void AddDistinct(List<string> topics, IEnumerable<string> candidates)
    {
        foreach (var topic in candidates)
        {
            if (!topics.Contains(topic, StringComparer.Ordinal)) topics.Add(topic);
        }
    }
}
