using LocalDapr.PubSub;
using LocalDapr.Secrets;
using LocalDapr.State;

namespace LocalDapr.Components;

/// <summary>The components one app's sidecar can see (after scopes), by component name.</summary>
public sealed class AppComponents
{
    public required IReadOnlyDictionary<string, (IStateStore Store, ComponentSpec Spec)> StateStores { get; init; }
    public required IReadOnlyDictionary<string, (IPubSub PubSub, ComponentSpec Spec)> PubSubs { get; init; }
    public required IReadOnlyDictionary<string, (ISecretStore Store, ComponentSpec Spec)> SecretStores { get; init; }

    /// <summary>The state store marked <c>actorStateStore: "true"</c>, if any.</summary>
    public string? ActorStateStoreName => StateStores.Values.FirstOrDefault(s => s.Store.IsActorStateStore).Spec?.Name;

    public IEnumerable<ComponentSpec> All =>
        StateStores.Values.Select(s => s.Spec).Concat(PubSubs.Values.Select(p => p.Spec)).Concat(SecretStores.Values.Select(s => s.Spec));
}
