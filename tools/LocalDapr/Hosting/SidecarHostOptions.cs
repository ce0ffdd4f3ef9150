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
}
