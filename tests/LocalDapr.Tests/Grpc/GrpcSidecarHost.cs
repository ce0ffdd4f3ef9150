using Dapr.Client;
using LocalDapr.PubSub;
using PurchasePlatform.TestSupport;

namespace LocalDapr.Tests.Grpc;

/// <summary>
/// A LocalDapr run for the app "checkout", with an in-memory state store "statestore", an in-memory pub/sub
/// "pubsub" and a local-file secret store "secretstore"; optionally a second app "inventory" listening on
/// <c>targetAppPort</c>. Tests talk to checkout's gRPC port.
/// </summary>
internal sealed class GrpcSidecarHost : IAsyncDisposable
{
    public const string AppId = "checkout";
    public const string TargetAppId = "inventory";
    public const string StateStore = "statestore";
    public const string PubSubName = "pubsub";
    public const string SecretStore = "secretstore";

    private readonly TestRun _run;
    private readonly string _secretsFile;
    private readonly List<DaprClient> _clients = [];

    private GrpcSidecarHost(TestRun run, string secretsFile)
    {
        _run = run;
        _secretsFile = secretsFile;
    }

    public int Port => _run.Sidecar(AppId).GrpcPort;
    public IPubSub PubSub => _run.Sidecar(AppId).Components.PubSubs[PubSubName].PubSub;
    public CancellationToken ApplicationStopping => _run.Host.ApplicationStopping;

    public static async Task<GrpcSidecarHost> StartAsync(string? apiToken = null, int? targetAppPort = null)
    {
        var secretsFile = Path.Combine(Path.GetTempPath(), $"grpc-secrets-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(secretsFile, """{"db": {"password": "s3cret"}, "apiKey": "k-123"}""");

        var resources = new Dictionary<string, string>
        {
            ["statestore.yaml"] = Yaml.Component(StateStore, "state.in-memory"),
            ["pubsub.yaml"] = Yaml.Component(PubSubName, "pubsub.in-memory"),
            ["secretstore.yaml"] = Yaml.Component(SecretStore, "secretstores.local.file", ("secretsFile", secretsFile)),
        };
        var apps = new Dictionary<string, int?> { [AppId] = null };
        if (targetAppPort is { } port) apps[TargetAppId] = port;
        var env = apiToken is null ? null : new Dictionary<string, string> { ["DAPR_API_TOKEN"] = apiToken };
        return new GrpcSidecarHost(await TestRun.StartAsync(resources, apps, env), secretsFile);
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
        await _run.DisposeAsync();
        File.Delete(_secretsFile);
    }
}
