using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using LocalDapr.Runtime;

namespace LocalDapr.Hosting;

/// <summary>
/// Starts each app's command the way <c>dapr run -f</c> does: working directory = <c>appDirPath</c>, environment =
/// LocalDapr's own + the run file's <c>env</c> + APP_ID, APP_PORT, APP_PROTOCOL, DAPR_HTTP_PORT, DAPR_GRPC_PORT
/// (+ DAPR_API_TOKEN when configured); output prefixed with the app id; exits reported with their code; on stop,
/// SIGTERM to each app's whole process tree, then SIGKILL after a grace period.
/// </summary>
public sealed partial class AppLauncher(TextWriter output) : IAsyncDisposable
{
    private readonly List<(string AppId, Process Process)> _running = [];
    private readonly HashSet<int> _killedOnPurpose = [];
    private readonly Lock _outputGate = new();

    public TimeSpan StopGracePeriod { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Raised with the app id and exit code when an app exits by itself.</summary>
    public event Action<string, int>? AppExited;

    private bool _stopping;

    public static IReadOnlyDictionary<string, string> EnvironmentFor(AppSidecar sidecar)
    {
        var app = sidecar.App;
        var env = new Dictionary<string, string>(app.Env, StringComparer.Ordinal)
        {
            ["APP_ID"] = app.AppId,
            ["APP_PROTOCOL"] = app.AppProtocol,
            ["DAPR_HTTP_PORT"] = sidecar.HttpPort.ToString(CultureInfo.InvariantCulture),
            ["DAPR_GRPC_PORT"] = sidecar.GrpcPort.ToString(CultureInfo.InvariantCulture),
        };
        if (app.AppPort is { } port) env["APP_PORT"] = port.ToString(CultureInfo.InvariantCulture);
        if (sidecar.ApiToken is not null) env["DAPR_API_TOKEN"] = sidecar.ApiToken;
        if (sidecar.AppApiToken is not null) env["APP_API_TOKEN"] = sidecar.AppApiToken;
        return env;
    }

    public void Start(AppSidecar sidecar)
    {
        var app = sidecar.App;
        if (app.Command.Count == 0)
        {
            WriteLine(app.AppId, "no command: sidecar only");
            return;
        }

        var info = new ProcessStartInfo(app.Command[0])
        {
            WorkingDirectory = app.AppDirPath,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in app.Command.Skip(1)) info.ArgumentList.Add(argument);
        foreach (var (key, value) in EnvironmentFor(sidecar)) info.Environment[key] = value;

        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) WriteLine(app.AppId, e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) WriteLine(app.AppId, e.Data); };
        process.Exited += (_, _) =>
        {
            // Exited can be raised before the last output lines are read; this waits for both streams to end.
            process.WaitForExit();
            var code = process.ExitCode;
            WriteLine(app.AppId, $"Exited App with exit code {code}");
            bool killedOnPurpose;
            lock (_running) killedOnPurpose = _killedOnPurpose.Contains(process.Id);
            if (!_stopping && !killedOnPurpose) AppExited?.Invoke(app.AppId, code);
        };

        if (!process.Start()) throw new InvalidOperationException($"could not start app {app.AppId}: {string.Join(' ', app.Command)}");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        lock (_running) _running.Add((app.AppId, process));
        WriteLine(app.AppId, $"started (pid {process.Id}): {string.Join(' ', app.Command)}");
    }

    /// <summary>The process id of the app's running command, or null when it is not running.</summary>
    public int? ProcessId(string appId)
    {
        return Started().LastOrDefault(r => r.AppId == appId && !r.Process.HasExited).Process?.Id;
    }

    /// <summary>
    /// Kills the app's whole process tree with SIGKILL, as a crash would, and waits for it to end; its exit is not
    /// reported through <see cref="AppExited"/>. <see cref="Start"/> starts it again.
    /// </summary>
    public async Task KillAsync(string appId)
    {
        var running = Started().Where(r => r.AppId == appId && !r.Process.HasExited).Select(r => r.Process).ToList();
        lock (_running)
        {
            foreach (var process in running) _killedOnPurpose.Add(process.Id);
        }

        foreach (var process in running)
        {
            process.Kill(entireProcessTree: true);
            await WaitForKilledAsync(appId, process);
        }
    }

    public async Task StopAllAsync()
    {
        _stopping = true;
        var running = Started().Where(r => !r.Process.HasExited).ToList();

        foreach (var (_, process) in running)
        {
            foreach (var pid in ProcessTree(process.Id)) _ = Kill(pid, Sigterm);
        }

        using var grace = new CancellationTokenSource(StopGracePeriod);
        foreach (var (appId, process) in running)
        {
            try
            {
                await process.WaitForExitAsync(grace.Token);
            }
            catch (OperationCanceledException)
            {
                WriteLine(appId, $"did not stop within {StopGracePeriod.TotalSeconds:0} s; killing it");
                process.Kill(entireProcessTree: true);
                await WaitForKilledAsync(appId, process);
            }
        }
    }

    /// <summary>
    /// Waits for a killed process. WaitForExitAsync also waits for the end of its redirected output, which never comes
    /// while some other process still holds the pipe, so the wait is bounded and the process left behind is named.
    /// </summary>
    private async Task WaitForKilledAsync(string appId, Process process)
    {
        using var bound = new CancellationTokenSource(KilledExitWait);
        try
        {
            await process.WaitForExitAsync(bound.Token);
        }
        catch (OperationCanceledException)
        {
            WriteLine(appId, $"killed, but its exit or the end of its output was not seen within {KilledExitWait.TotalSeconds:0} s; left behind");
        }
    }

    /// <summary>
    /// The apps started so far. Process members are only read outside <c>_running</c>'s lock: HasExited and Dispose can
    /// take the process's own lock, which .NET holds while it runs the Exited handler, and that handler takes
    /// <c>_running</c>'s lock.
    /// </summary>
    private List<(string AppId, Process Process)> Started()
    {
        lock (_running) return [.. _running];
    }

    private static readonly TimeSpan KilledExitWait = TimeSpan.FromSeconds(10);

    private void WriteLine(string appId, string line)
    {
        lock (_outputGate) output.WriteLine($"== APP - {appId} == {line}");
    }

    /// <summary>The process and all its descendants, children first, from /proc (an app started with `dotnet run` is a child of it).</summary>
    private static List<int> ProcessTree(int root)
    {
        var children = new Dictionary<int, List<int>>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), NumberStyles.Integer, CultureInfo.InvariantCulture, out var pid)) continue;
            try
            {
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                var afterName = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                var parent = int.Parse(afterName[1], CultureInfo.InvariantCulture);
                if (!children.TryGetValue(parent, out var list)) children[parent] = list = [];
                list.Add(pid);
            }
            catch (IOException)
            {
            }
        }

        var result = new List<int>();
        void Visit(int pid)
        {
            foreach (var child in children.GetValueOrDefault(pid) ?? []) Visit(child);
            result.Add(pid);
        }

        Visit(root);
        return result;
    }

    private const int Sigterm = 15;

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);

    public async ValueTask DisposeAsync()
    {
        await StopAllAsync();
        List<(string AppId, Process Process)> started;
        lock (_running)
        {
            started = [.. _running];
            _running.Clear();
        }

        foreach (var (_, process) in started) process.Dispose();
    }
}
