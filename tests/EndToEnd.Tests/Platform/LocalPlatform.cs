using System.Net;
using LocalDapr.Configuration;
using LocalDapr.Hosting;
using Microsoft.Extensions.Logging;

namespace EndToEnd.Tests.Platform;

/// <summary>
/// The repository's dapr.yaml run on LocalDapr in this process, on free loopback ports, each service started from
/// its build output: what `tools/start.sh` does, for tests and the benchmark. One app can be crashed and started
/// again, and the sidecars can be stopped and started again on the same ports while the apps keep running.
/// </summary>
public sealed class LocalPlatform : IAsyncDisposable
{
    private readonly IReadOnlyList<AppDefinition> _apps;
    private readonly TextWriter _output;
    private SidecarHost _host;
    private readonly AppLauncher _launcher;

    private LocalPlatform(IReadOnlyList<AppDefinition> apps, TextWriter output, SidecarHost host, AppLauncher launcher)
    {
        _apps = apps;
        _output = output;
        _host = host;
        _launcher = launcher;
    }

    public static string RepositoryRoot { get; } = FindRoot();

    public SidecarHost Host => _host;

    /// <summary>The gateway's public address, as a client sees it.</summary>
    public Uri GatewayAddress => new($"http://127.0.0.1:{_apps.Single(a => a.AppId == "gateway").AppPort}/");

    /// <summary>The gateway's Dapr sidecar, for calling services' internal routes by invocation.</summary>
    public Uri GatewaySidecarAddress => new($"http://127.0.0.1:{_apps.Single(a => a.AppId == "gateway").DaprHttpPort}/");

    /// <param name="components">The resources folder every sidecar uses (see <see cref="PlatformComponents"/>).</param>
    /// <param name="environment">Each app's environment, given its run-file definition.</param>
    /// <param name="output">Where the apps' prefixed output goes.</param>
    /// <param name="appIds">The apps of dapr.yaml to run; all of them when not given.</param>
    public static async Task<LocalPlatform> StartAsync(string components, Func<AppDefinition, IReadOnlyDictionary<string, string>> environment,
        TextWriter output, IReadOnlyCollection<string>? appIds = null)
    {
        var runFile = RunFileParser.Parse(Path.Combine(RepositoryRoot, "dapr.yaml"), [components]);
        var apps = runFile.Apps.Where(app => appIds is null || appIds.Contains(app.AppId)).Select(app => app with
        {
            AppPort = LocalDapr.LoopbackPorts.Free(),
            DaprHttpPort = LocalDapr.LoopbackPorts.Free(),
            DaprGrpcPort = LocalDapr.LoopbackPorts.Free(),
            Command = ["dotnet", ServiceBuildOutput.AssemblyOf(app.AppDirPath)],
            Env = environment(app),
        }).ToList();

        var host = await StartSidecarsAsync(apps, output);
        var launcher = new AppLauncher(output) { StopGracePeriod = TimeSpan.FromSeconds(15) };
        foreach (var sidecar in host.Registry.All) launcher.Start(sidecar);
        return new LocalPlatform(apps, output, host, launcher);
    }

    public int? ProcessId(string appId) => _launcher.ProcessId(appId);

    /// <summary>Waits until the app answers /readyz through the gateway's sidecar.</summary>
    public async Task WaitUntilReadyAsync(string appId, TimeSpan? timeout = null)
    {
        using var http = new HttpClient { BaseAddress = GatewaySidecarAddress, Timeout = TimeSpan.FromSeconds(10) };
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(120));
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                if ((await http.GetAsync($"v1.0/invoke/{appId}/method/readyz")).StatusCode == HttpStatusCode.OK) return;
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"{appId} not ready within {(timeout ?? TimeSpan.FromSeconds(120)).TotalSeconds:0} s:\n{_output}");
    }

    /// <summary>Kills the app (SIGKILL, as a crash) and starts it again at once; it is ready when /readyz says so.</summary>
    public async Task RestartAppAsync(string appId)
    {
        await _launcher.KillAsync(appId);
        _launcher.Start(_host.Registry.ByAppId(appId)!);
    }

    /// <summary>
    /// Stops every sidecar (in-flight calls fail, the apps see connection errors) and starts new ones on the same
    /// ports with the same components. The apps keep running, as they do when daprd restarts beside them: the new
    /// sidecars read their actor types and subscriptions again once their ports answer.
    /// </summary>
    public async Task RestartSidecarsAsync()
    {
        await _host.DisposeAsync();
        _host = await StartSidecarsAsync(_apps, _output);
    }

    private static Task<SidecarHost> StartSidecarsAsync(IReadOnlyList<AppDefinition> apps, TextWriter output) =>
        SidecarHost.StartAsync(new SidecarHostOptions
        {
            Apps = apps,
            LoggerFactory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Warning).AddProvider(new OutputLoggerProvider(output))),
        });

    /// <summary>
    /// Stops the apps, then the sidecars, each within a bound: a run has been seen to hang after its last test with
    /// every app gone (cause not found), and a test run must not hang on its clean-up.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        await StopBoundedAsync("the apps", () => _launcher.DisposeAsync().AsTask(), TimeSpan.FromSeconds(60));
        await StopBoundedAsync("the sidecars", () => _host.DisposeAsync().AsTask(), TimeSpan.FromSeconds(60));
    }

    // Run on the pool so that a stop that blocks its thread cannot hold the test run either.
    private async Task StopBoundedAsync(string what, Func<Task> stop, TimeSpan bound)
    {
        try
        {
            await Task.Run(stop).WaitAsync(bound);
        }
        catch (TimeoutException)
        {
            await _output.WriteLineAsync($"== LocalDapr == {what} did not stop within {bound.TotalSeconds:0} s; left behind");
        }
    }

    /// <summary>Above the program's output, or (built with --artifacts-path) where the project was when it was built.</summary>
    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "PurchasePlatform.sln"))) dir = dir.Parent;
        if (dir is not null) return dir.FullName;
        var builtAt = typeof(LocalPlatform).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>().SingleOrDefault(a => a.Key == "RepositoryRoot")?.Value;
        return builtAt is not null && File.Exists(Path.Combine(builtAt, "PurchasePlatform.sln"))
            ? Path.GetFullPath(builtAt)
            : throw new InvalidOperationException("PurchasePlatform.sln not found above the program's output");
    }
}
