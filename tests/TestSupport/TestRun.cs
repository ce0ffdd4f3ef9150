using Dapr.Client;
using LocalDapr.Configuration;
using LocalDapr.Hosting;
using LocalDapr.Runtime;
using Microsoft.Extensions.Logging;

namespace PurchasePlatform.TestSupport;

/// <summary>
/// A LocalDapr run for one test: a temporary resources folder holding the YAML the test gives, one sidecar per
/// app id, and real Dapr SDK clients pointed at them.
/// </summary>
public sealed class TestRun : IAsyncDisposable
{
    private const int StartAttempts = 3;

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
    /// <param name="env">The environment of every app.</param>
    public static Task<TestRun> StartAsync(IReadOnlyDictionary<string, string> resources, IReadOnlyDictionary<string, int?> apps,
        IReadOnlyDictionary<string, string>? env = null) =>
        StartAsync(resources, apps.Select(app => new TestRunApp(app.Key, app.Value, env)).ToList());

    /// <param name="resources">file name -> YAML text, written into the resources folder.</param>
    public static async Task<TestRun> StartAsync(IReadOnlyDictionary<string, string> resources, IReadOnlyList<TestRunApp> apps)
    {
        var directory = Path.Combine(Path.GetTempPath(), "testrun-" + Guid.NewGuid().ToString("N"));
        var components = Path.Combine(directory, "components");
        System.IO.Directory.CreateDirectory(components);
        foreach (var (name, yaml) in resources) await File.WriteAllTextAsync(Path.Combine(components, name), yaml);

        var definitions = apps.Select(app => new AppDefinition(app.AppId, directory, app.AppPort, null, null, [],
            app.Env ?? new Dictionary<string, string>(), [components], "http", null, false, null)).ToList();
        try
        {
            return new TestRun(await StartSidecarsAsync(definitions), directory);
        }
        catch
        {
            DeleteFolder(directory);
            throw;
        }
    }

    // LocalDapr picks its sidecars' ports free a moment before binding them; another test can take one in between.
    private static async Task<SidecarHost> StartSidecarsAsync(IReadOnlyList<AppDefinition> apps)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await SidecarHost.StartAsync(new SidecarHostOptions
                {
                    Apps = apps,
                    LoggerFactory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Warning)),
                    AppPortPollInterval = TimeSpan.FromMilliseconds(50),
                });
            }
            catch (IOException) when (attempt < StartAttempts)
            {
            }
        }
    }

    public AppSidecar Sidecar(string appId) => Host.Registry.ByAppId(appId) ?? throw new ArgumentException($"no app {appId}");

    /// <summary>The sidecar's Dapr HTTP endpoint, as DAPR_HTTP_ENDPOINT gives it.</summary>
    public string HttpEndpoint(string appId) => $"http://127.0.0.1:{Sidecar(appId).HttpPort}";

    /// <summary>The sidecar's Dapr gRPC endpoint, as DAPR_GRPC_ENDPOINT gives it.</summary>
    public string GrpcEndpoint(string appId) => $"http://127.0.0.1:{Sidecar(appId).GrpcPort}";

    public DaprClient Client(string appId, string? apiToken = null)
    {
        var builder = new DaprClientBuilder()
            .UseHttpEndpoint(HttpEndpoint(appId))
            .UseGrpcEndpoint(GrpcEndpoint(appId));
        if (apiToken is not null) builder.UseDaprApiToken(apiToken);
        var client = builder.Build();
        _clients.Add(client);
        return client;
    }

    public HttpClient Http(string appId) => new() { BaseAddress = new Uri(HttpEndpoint(appId) + "/") };

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients) client.Dispose();
        await Host.DisposeAsync();
        DeleteFolder(Directory);
    }

    private static void DeleteFolder(string directory)
    {
        try
        {
            System.IO.Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
