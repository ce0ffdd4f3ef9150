namespace LocalDapr.Configuration;

/// <summary>A Dapr multi-app run file (dapr.yaml) with every path made absolute and common fields applied.</summary>
public sealed record RunFile(string FilePath, IReadOnlyList<AppDefinition> Apps)
{
    public string BaseDirectory => Path.GetDirectoryName(FilePath)!;
}

/// <param name="Command">The app's command line; empty for a sidecar-only entry.</param>
/// <param name="ResourcesPaths">Absolute folders of component YAML for this app's sidecar.</param>
public sealed record AppDefinition(
    string AppId,
    string AppDirPath,
    int? AppPort,
    int? DaprHttpPort,
    int? DaprGrpcPort,
    IReadOnlyList<string> Command,
    IReadOnlyDictionary<string, string> Env,
    IReadOnlyList<string> ResourcesPaths,
    string AppProtocol,
    string? AppHealthCheckPath,
    bool EnableAppHealthCheck,
    string? LogLevel);
