using System.Net;
using Dapr.Client;
using LocalDapr.Api.GrpcApi;
using LocalDapr.Components;
using LocalDapr.Configuration;
using LocalDapr.PubSub;
using LocalDapr.Runtime;
using LocalDapr.Secrets;
using LocalDapr.State;
using LocalDapr.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace LocalDapr.Tests.Grpc;

/// <summary>
/// LocalDapr's gRPC API on a free port for the app "checkout", with an in-memory state store "statestore", an
/// in-memory pub/sub "pubsub" and a local-file secret store "secretstore"; optionally a second app "inventory"
/// listening on <c>targetAppPort</c>.
/// </summary>
internal sealed class GrpcSidecarHost : IAsyncDisposable
{
    public const string AppId = "checkout";
    public const string TargetAppId = "inventory";
    public const string StateStore = "statestore";
    public const string PubSubName = "pubsub";
    public const string SecretStore = "secretstore";

    private readonly WebApplication _app;
    private readonly string _secretsFile;
    private readonly List<DaprClient> _clients = [];

    private GrpcSidecarHost(WebApplication app, int port, AppSidecar sidecar, string secretsFile)
    {
        _app = app;
        Port = port;
        Sidecar = sidecar;
        _secretsFile = secretsFile;
    }

    public int Port { get; }
    public AppSidecar Sidecar { get; }
    public IPubSub PubSub => Sidecar.Components.PubSubs[PubSubName].PubSub;
    public IHostApplicationLifetime Lifetime => _app.Lifetime;

    public static async Task<GrpcSidecarHost> StartAsync(string? apiToken = null, int? targetAppPort = null)
    {
        var port = LoopbackPorts.Free();
        var secretsFile = Path.Combine(Path.GetTempPath(), $"grpc-secrets-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(secretsFile, """{"db": {"password": "s3cret"}, "apiKey": "k-123"}""");

        var env = apiToken is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["DAPR_API_TOKEN"] = apiToken };
        var sidecar = new AppSidecar(App(AppId, appPort: null, env), LoopbackPorts.Free(), port, Components(secretsFile), TimeProvider.System);
        List<AppSidecar> sidecars = [sidecar];
        if (targetAppPort is { } targetPort)
            sidecars.Add(new AppSidecar(App(TargetAppId, targetPort, []), LoopbackPorts.Free(), LoopbackPorts.Free(), NoComponents(), TimeProvider.System));

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port, listen => listen.Protocols = HttpProtocols.Http2));
        builder.Services.AddSingleton(new SidecarRegistry(sidecars));
        builder.Services.AddSingleton(new ResiliencyResolver([]));
        builder.Services.AddSingleton<InvocationForwarder>();
        builder.Services.AddHttpClient();
        builder.Services.AddDaprGrpcApi();

        var app = builder.Build();
        app.MapDaprGrpcApi();
        await app.StartAsync();
        return new GrpcSidecarHost(app, port, sidecar, secretsFile);
    }

    public DaprClient CreateClient(string? apiToken = null)
    {
        var endpoint = $"http://127.0.0.1:{Port}";
        // An empty token sends none, whatever DAPR_API_TOKEN the test process has.
        var client = new DaprClientBuilder().UseGrpcEndpoint(endpoint).UseHttpEndpoint(endpoint).UseDaprApiToken(apiToken ?? "").Build();
        _clients.Add(client);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients) client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        foreach (var (store, _) in Sidecar.Components.StateStores.Values) await store.DisposeAsync();
        foreach (var (pubsub, _) in Sidecar.Components.PubSubs.Values) await pubsub.DisposeAsync();

        File.Delete(_secretsFile);
    }

    private static AppDefinition App(string appId, int? appPort, Dictionary<string, string> env) =>
        new(appId, Path.GetTempPath(), appPort, null, null, [], env, [], "http", null, false, null);

    private static AppComponents Components(string secretsFile)
    {
        var stateSpec = Spec(StateStore, "state.in-memory", []);
        var pubsubSpec = Spec(PubSubName, "pubsub.in-memory", []);
        var secretSpec = Spec(SecretStore, "secretstores.local.file", new() { ["secretsFile"] = secretsFile });
        return new AppComponents
        {
            StateStores = new Dictionary<string, (IStateStore, ComponentSpec)> { [StateStore] = (InMemoryStateStore.Create(stateSpec), stateSpec) },
            PubSubs = new Dictionary<string, (IPubSub, ComponentSpec)> { [PubSubName] = (InMemoryPubSub.Create(pubsubSpec, NullLoggerFactory.Instance), pubsubSpec) },
            SecretStores = new Dictionary<string, (ISecretStore, ComponentSpec)> { [SecretStore] = (LocalFileSecretStore.Create(secretSpec), secretSpec) },
        };
    }

    private static AppComponents NoComponents() => new()
    {
        StateStores = new Dictionary<string, (IStateStore, ComponentSpec)>(),
        PubSubs = new Dictionary<string, (IPubSub, ComponentSpec)>(),
        SecretStores = new Dictionary<string, (ISecretStore, ComponentSpec)>(),
    };

    private static ComponentSpec Spec(string name, string type, Dictionary<string, string> metadata) =>
        new(name, type, "v1", metadata, [], $"{name}.yaml");
}
