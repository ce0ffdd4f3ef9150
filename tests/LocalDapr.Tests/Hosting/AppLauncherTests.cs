using LocalDapr.Hosting;
using PurchasePlatform.TestSupport;

namespace LocalDapr.Tests.Hosting;

/// <summary>Apps start the way `dapr run -f` starts them, their output is prefixed, exits are reported, Ctrl+C stops them.</summary>
public sealed class AppLauncherTests
{
    [Fact]
    public async Task An_app_gets_daprs_environment_its_lines_are_prefixed_and_its_exit_code_reported()
    {
        await using var run = await TestRun.StartAsync(new Dictionary<string, string>(), new Dictionary<string, int?> { ["orders"] = 5999 },
            new Dictionary<string, string> { ["EXTRA"] = "from-run-file" });
        var sidecar = run.Sidecar("orders");
        var app = sidecar.App with
        {
            Command = ["bash", "-c", "echo \"$APP_ID $APP_PORT $DAPR_HTTP_PORT $DAPR_GRPC_PORT $EXTRA $(pwd)\"; exit 3"],
        };
        var output = new StringWriter();
        var exited = new TaskCompletionSource<(string, int)>();
        await using var launcher = new AppLauncher(TextWriter.Synchronized(output));
        launcher.AppExited += (id, code) => exited.TrySetResult((id, code));

        launcher.Start(new LocalDapr.Runtime.AppSidecar(app, sidecar.HttpPort, sidecar.GrpcPort, sidecar.Components, TimeProvider.System));
        var (appId, exitCode) = await exited.Task.WaitAsync(TimeSpan.FromSeconds(15));

        Assert.Equal(("orders", 3), (appId, exitCode));
        var text = output.ToString();
        Assert.Contains($"== APP - orders == orders 5999 {sidecar.HttpPort} {sidecar.GrpcPort} from-run-file {run.Directory}", text);
        Assert.Contains("== APP - orders == Exited App with exit code 3", text);
    }

    [Fact]
    public async Task Stopping_sends_sigterm_to_the_app_and_its_children()
    {
        await using var run = await TestRun.StartAsync(new Dictionary<string, string>(), new Dictionary<string, int?> { ["worker"] = null });
        var sidecar = run.Sidecar("worker");
        var marker = Path.Combine(run.Directory, "terminated");
        var app = sidecar.App with
        {
            Command = ["bash", "-c", $"trap 'echo graceful > {marker}; exit 0' TERM; echo ready; while true; do sleep 0.1; done"],
        };
        var output = new StringWriter();
        await using var launcher = new AppLauncher(TextWriter.Synchronized(output)) { StopGracePeriod = TimeSpan.FromSeconds(10) };
        launcher.Start(new LocalDapr.Runtime.AppSidecar(app, sidecar.HttpPort, sidecar.GrpcPort, sidecar.Components, TimeProvider.System));

        var deadline = DateTime.UtcNow.AddSeconds(10);
        // The app's own line: the launcher's "started" line quotes the command, "echo ready" included, before the trap is set.
        while (!output.ToString().Contains("== APP - worker == ready", StringComparison.Ordinal) && DateTime.UtcNow < deadline) await Task.Delay(20);
        await launcher.StopAllAsync();

        Assert.Equal("graceful", (await File.ReadAllTextAsync(marker)).Trim());
        Assert.Contains("Exited App with exit code 0", output.ToString());
    }
}
