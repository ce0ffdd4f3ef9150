namespace LocalDapr.Configuration;

/// <summary>What a resources folder declares, before any component is instantiated.</summary>
public sealed record ResourceSet(
    IReadOnlyList<ComponentDefinition> Components,
    IReadOnlyList<SubscriptionDefinition> Subscriptions,
    IReadOnlyList<ResiliencyDefinition> Resiliencies);

/// <param name="SecretStore">The <c>auth.secretStore</c> that resolves this component's secretKeyRefs.</param>
public sealed record ComponentDefinition(
    string Name,
    string Type,
    string Version,
    IReadOnlyList<MetadataItem> Metadata,
    IReadOnlyList<string> Scopes,
    string? SecretStore,
    string SourceFile);

/// <summary>A <c>spec.metadata</c> entry: a plain value or a reference to a secret.</summary>
public sealed record MetadataItem(string Name, string? Value, SecretKeyRef? SecretKeyRef);

public sealed record SecretKeyRef(string Name, string? Key);

/// <summary>A declarative Subscription (v1alpha1 or v2alpha1).</summary>
public sealed record SubscriptionDefinition(
    string Name,
    string PubSubName,
    string Topic,
    SubscriptionRoutes Routes,
    string? DeadLetterTopic,
    IReadOnlyDictionary<string, string> Metadata,
    IReadOnlyList<string> Scopes,
    string SourceFile);

public sealed record SubscriptionRoutes(string? Default, IReadOnlyList<RouteRule> Rules);

/// <param name="Match">A CEL expression of the supported subset (see <see cref="Runtime.RouteMatcher"/>).</param>
public sealed record RouteRule(string Match, string Path);
