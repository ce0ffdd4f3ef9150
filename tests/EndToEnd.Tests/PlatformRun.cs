using LocalDapr.Configuration;
using LocalDapr.Hosting;
using Microsoft.Extensions.Logging;

namespace EndToEnd.Tests;

/// <summary>
/// The whole platform as `tools/start.sh` runs it — the repository's dapr.yaml on components/embedded — but on free
/// ports, each service started from its build output of the same configuration as these tests, and its state
/// file in a temporary folder.
/// </summary>
public sealed class PlatformRun : IAsyncLifetime
{
    private readonly StringWriter _output = new();
    private SidecarHost? _host;
    private AppLauncher? _launcher;
    private string _resources = null!;

    public static string RepositoryRoot { get; } = FindRoot();

    public SidecarHost Host => _host ?? throw new InvalidOperationException("not started");

    public string Output => _output.ToString();

    /// <summary>The gateway's public address, as a client sees it.</summary>
    public HttpClient Gateway() => new() { BaseAddress = new Uri($"http://127.0.0.1:{Host.Registry.ByAppId("gateway")!.App.AppPort}/") };

    /// <summary>The gateway's Dapr sidecar, for calling services' internal routes by invocation.</summary>
    public HttpClient GatewaySidecar() => new() { BaseAddress = new Uri($"http://127.0.0.1:{Host.Registry.ByAppId("gateway")!.HttpPort}/") };

    /// <summary>Waits until the app answers /readyz through the gateway's sidecar (the apps start in parallel).</summary>
    public async Task WaitUntilReadyAsync(string appId)
    {
        using var http = GatewaySidecar();
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (DateTime.UtcNow < deadline)
        {
            if ((await http.GetAsync($"v1.0/invoke/{appId}/method/readyz")).StatusCode == System.Net.HttpStatusCode.OK) return;
            await Task.Delay(250);
        }

        throw new TimeoutException($"{appId} not ready within 120 s:\n{Output}");
    }

    public async Task InitializeAsync()
    {
        _resources = CopyEmbeddedComponents();
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name; // bin/<Configuration>/net10.0/
        var runFile = RunFileParser.Parse(Path.Combine(RepositoryRoot, "dapr.yaml"), [_resources]);
        var apps = runFile.Apps.Select(app => app with
        {
            AppPort = LocalDapr.LoopbackPorts.Free(),
            DaprHttpPort = LocalDapr.LoopbackPorts.Free(),
            DaprGrpcPort = LocalDapr.LoopbackPorts.Free(),
            Command = ["dotnet", Path.Combine(app.AppDirPath, "bin", configuration, "net10.0", ProjectName(app.AppDirPath) + ".dll")],
            Env = ForTests(app, Path.GetDirectoryName(_resources)!),
        }).ToList();

        _host = await SidecarHost.StartAsync(new SidecarHostOptions
        {
            Apps = apps,
            LoggerFactory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Warning)),
        });
        _launcher = new AppLauncher(TextWriter.Synchronized(_output)) { StopGracePeriod = TimeSpan.FromSeconds(15) };
        foreach (var sidecar in _host.Registry.All) _launcher.Start(sidecar);
    }

    public async Task DisposeAsync()
    {
        if (_launcher is not null) await _launcher.DisposeAsync();
        if (_host is not null) await _host.DisposeAsync();
        Directory.Delete(Path.GetDirectoryName(_resources)!, recursive: true);
    }

    /// <summary>components/embedded copied next to a temporary state file, with the secrets file path made absolute.</summary>
    private static string CopyEmbeddedComponents()
    {
        var root = Directory.CreateTempSubdirectory("platform-e2e-").FullName;
        var target = Path.Combine(root, "components");
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryRoot, "components", "embedded")))
        {
            var text = File.ReadAllText(file)
                .Replace("../../.localdapr/state.db", Path.Combine(root, "state.db"), StringComparison.Ordinal)
                .Replace("../../secrets/local-secrets.json", Path.Combine(RepositoryRoot, "secrets", "local-secrets.json"), StringComparison.Ordinal);
            File.WriteAllText(Path.Combine(target, Path.GetFileName(file)), text);
        }

        return target;
    }

    /// <summary>
    /// Services' SQLite files go to the run's temporary folder, not into the repository; every test client is the
    /// same loopback guest, so the gateway's guest plan is raised (the plans themselves are tested in Gateway.Tests).
    /// </summary>
    private static Dictionary<string, string> ForTests(AppDefinition app, string folder)
    {
        var result = new Dictionary<string, string>(app.Env);
        foreach (var key in app.Env.Keys.Where(k => k.StartsWith("ConnectionStrings__", StringComparison.Ordinal)))
            result[key] = $"Data Source={Path.Combine(folder, key["ConnectionStrings__".Length..].ToLowerInvariant() + ".db")}";
        if (app.AppId == "gateway")
        {
            result["RateLimits__Guest__RequestsPerHour"] = "100000";
            result["RateLimits__Guest__Burst"] = "10000";
        }

        return result;
    }

    private static string ProjectName(string appDir) =>
        Path.GetFileNameWithoutExtension(Directory.GetFiles(appDir, "*.csproj").Single());

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "PurchasePlatform.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("PurchasePlatform.sln not found above the test output");
    }

}
