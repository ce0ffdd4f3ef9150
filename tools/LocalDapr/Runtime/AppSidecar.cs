using System.Collections.Concurrent;
using LocalDapr.Components;
using LocalDapr.Configuration;

namespace LocalDapr.Runtime;

/// <summary>
/// Everything one app's sidecar knows: its ports, tokens and components, and the building-block APIs that the
/// HTTP and gRPC front ends share.
/// </summary>
public sealed class AppSidecar
{
    public AppSidecar(AppDefinition app, int httpPort, int grpcPort, AppComponents components, TimeProvider clock)
    {
        App = app;
        HttpPort = httpPort;
        GrpcPort = grpcPort;
        Components = components;
        State = new StateApi(app.AppId, components);
        Publisher = new PublishApi(app.AppId, components, clock);
        Secrets = new SecretsApi(components);
        ApiToken = app.Env.GetValueOrDefault("DAPR_API_TOKEN") is { Length: > 0 } token ? token : null;
        AppApiToken = app.Env.GetValueOrDefault("APP_API_TOKEN") is { Length: > 0 } appToken ? appToken : null;
    }

    public AppDefinition App { get; }
    public string AppId => App.AppId;
    public int HttpPort { get; }
    public int GrpcPort { get; }
    public AppComponents Components { get; }
    public StateApi State { get; }
    public PublishApi Publisher { get; }
    public SecretsApi Secrets { get; }

    /// <summary>The token the app must send as <c>dapr-api-token</c>; null when none is configured.</summary>
    public string? ApiToken { get; }

    /// <summary>The token the sidecar sends to the app as <c>dapr-api-token</c>; null when none is configured.</summary>
    public string? AppApiToken { get; }

    /// <summary>Attributes set through the metadata API (PUT /v1.0/metadata/{key}).</summary>
    public ConcurrentDictionary<string, string> ExtendedMetadata { get; } = new(StringComparer.Ordinal);

    /// <summary>The subscriptions in force, once the app has answered /dapr/subscribe.</summary>
    public IReadOnlyList<Delivery.ActiveSubscription> Subscriptions { get; set; } = [];

    public Uri? AppBaseAddress => App.AppPort is { } port ? new Uri($"http://127.0.0.1:{port}/") : null;
}

/// <summary>All sidecars of a run, by app id and by the local port a request arrived on.</summary>
public sealed class SidecarRegistry
{
    private readonly Dictionary<string, AppSidecar> _byAppId;
    private readonly Dictionary<int, AppSidecar> _byPort = new();

    public SidecarRegistry(IEnumerable<AppSidecar> sidecars)
    {
        _byAppId = sidecars.ToDictionary(s => s.AppId, StringComparer.Ordinal);
        foreach (var sidecar in _byAppId.Values)
        {
            _byPort[sidecar.HttpPort] = sidecar;
            _byPort[sidecar.GrpcPort] = sidecar;
        }
    }

    public IReadOnlyCollection<AppSidecar> All => _byAppId.Values;

    public AppSidecar? ByAppId(string appId) => _byAppId.GetValueOrDefault(appId);

    public AppSidecar? ByLocalPort(int port) => _byPort.GetValueOrDefault(port);
}
