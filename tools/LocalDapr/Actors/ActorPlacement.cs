using System.Collections.Concurrent;
using LocalDapr.Runtime;

namespace LocalDapr.Actors;

/// <summary>The placement table: actor type -> the app hosting it (the first app that registers the type).</summary>
public sealed class ActorPlacement
{
    private readonly ConcurrentDictionary<string, ActorHost> _byType = new(StringComparer.Ordinal);

    /// <summary>Registers the app's types; returns the types this app now hosts (types already hosted elsewhere are skipped).</summary>
    public IReadOnlyList<string> Register(AppSidecar app, ActorConfig config)
    {
        var host = new ActorHost(app, config);
        return config.Entities.Where(type => _byType.TryAdd(type, host) || ReferenceEquals(_byType[type].App, app)).ToList();
    }

    public ActorHost? HostOf(string actorType) => _byType.GetValueOrDefault(actorType);
}

/// <summary>The app hosting some actor types, and the settings it asked for.</summary>
public sealed record ActorHost(AppSidecar App, ActorConfig Config);
