using LocalDapr.Configuration;

namespace LocalDapr.Hosting;

/// <summary>What to serve: the apps (from dapr.yaml or built by a test) and where their sidecars listen.</summary>
public sealed class SidecarHostOptions
{
    public required IReadOnlyList<AppDefinition> Apps { get; init; }

    /// <summary>Where LocalDapr's own log lines go; defaults to the console.</summary>
    public ILoggerFactory? LoggerFactory { get; init; }

    /// <summary>How often the sidecar checks whether an app's port accepts connections before subscribing it.</summary>
    public TimeSpan AppPortPollInterval { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>How long stopping may take; see <see cref="SidecarStopTimeouts"/>.</summary>
    public SidecarStopTimeouts StopTimeouts { get; init; } = new();
}

/// <summary>The bounds on <see cref="SidecarHost.DisposeAsync"/>; with the defaults it returns within about 40 s whatever hangs.</summary>
public sealed record SidecarStopTimeouts
{
    /// <summary>How long requests in flight may run on once the servers stop, before their connections are aborted.</summary>
    public TimeSpan Drain { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How long each other stop step (subscribing, the actor scheduler, the servers after the drain) may take before it is left behind.</summary>
    public TimeSpan Step { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How long each component may take to stop (a Redis one: its subscriptions, then its connection) before it is left behind.</summary>
    public TimeSpan Component { get; init; } = TimeSpan.FromSeconds(15);
}
