using Dapr.Client;
using LocalDapr.Configuration;
using LocalDapr.Hosting;
using LocalDapr.Runtime;
using Microsoft.Extensions.Logging;

namespace LocalDapr.Tests.Infrastructure;

/// <summary>
/// A LocalDapr run for one test: a temporary resources folder holding the YAML the test gives, one sidecar per
/// app id, and real Dapr SDK clients pointed at them.
/// </summary>
public sealed class TestRun : IAsyncDisposable
{
    private readonly List<DaprClient> _clients = [];

    private TestRun(SidecarHost host, string directory)
    {
        Host = host;
        Directory = directory;
    }

    public SidecarHost Host { get; }

    /// <summary>The temporary folder: resources live in its <c>components</c> subfolder.</summary>
    public string Directory { get; }

    /// <param name="resources">file name -> YAML text, written into the resources folder.</param>
    /// <param name="apps">app id -> app port (null: sidecar only).</param>
    public static async Task<TestRun> StartAsync(IReadOnlyDictionary<string, string> resources, IReadOnlyDictionary<string, int?> apps,
        IReadOnlyDictionary<string, string>? env = null)
    {
        var directory = Path.Combine(Path.GetTempPath(), "localdapr-test-" + Guid.NewGuid().ToString("N"));
        var components = Path.Combine(directory, "components");
        System.IO.Directory.CreateDirectory(components);
        foreach (var (name, yaml) in resources) await File.WriteAllTextAsync(Path.Combine(components, name), yaml);

        var definitions = apps.Select(a => new AppDefinition(a.Key, directory, a.Value, null, null, [],
            env ?? new Dictionary<string, string>(), [components], "http", null, false, null)).ToList();
        var host = await SidecarHost.StartAsync(new SidecarHostOptions
        {
            Apps = definitions,
            LoggerFactory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Warning)),
            AppPortPollInterval = TimeSpan.FromMilliseconds(50),
        });
        return new TestRun(host, directory);
    }

    public AppSidecar Sidecar(string appId) => Host.Registry.ByAppId(appId) ?? throw new ArgumentException($"no app {appId}");

    public DaprClient Client(string appId, string? apiToken = null)
    {
        var sidecar = Sidecar(appId);
        var builder = new DaprClientBuilder()
            .UseHttpEndpoint($"http://127.0.0.1:{sidecar.HttpPort}")
            .UseGrpcEndpoint($"http://127.0.0.1:{sidecar.GrpcPort}");
        if (apiToken is not null) builder.UseDaprApiToken(apiToken);
        var client = builder.Build();
        _clients.Add(client);
        return client;
    }

    public HttpClient Http(string appId) => new() { BaseAddress = new Uri($"http://127.0.0.1:{Sidecar(appId).HttpPort}/") };

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients) client.Dispose();
        await Host.DisposeAsync();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
