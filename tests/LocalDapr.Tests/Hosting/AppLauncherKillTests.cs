using LocalDapr.Hosting;
using PurchasePlatform.TestSupport;

namespace LocalDapr.Tests.Hosting;

/// <summary>One app of a run can be crashed on purpose and started again (the end-to-end tests restart Inventory this way).</summary>
public sealed class AppLauncherKillTests
{
    [Fact]
    public async Task A_killed_app_is_not_reported_as_exited_and_starts_again_as_a_new_process()
    {
        await using var run = await TestRun.StartAsync(new Dictionary<string, string>(), new Dictionary<string, int?> { ["worker"] = null });
        var sidecar = run.Sidecar("worker");
        var app = sidecar.App with { Command = ["bash", "-c", "trap '' TERM; echo \"up $$\"; while true; do sleep 0.1; done"] };
        var appSidecar = new LocalDapr.Runtime.AppSidecar(app, sidecar.HttpPort, sidecar.GrpcPort, sidecar.Components, TimeProvider.System);
        var output = new StringWriter();
        var reported = new List<string>();
        await using var launcher = new AppLauncher(TextWriter.Synchronized(output)) { StopGracePeriod = TimeSpan.FromSeconds(2) };
        launcher.AppExited += (id, _) => { lock (reported) reported.Add(id); };

        launcher.Start(appSidecar);
        var first = launcher.ProcessId("worker");
        await Eventually.WaitUntilAsync(() => output.ToString().Contains($"up {first}", StringComparison.Ordinal));
        await launcher.KillAsync("worker");

        Assert.Null(launcher.ProcessId("worker"));
        launcher.Start(appSidecar);
        var second = launcher.ProcessId("worker");
        await Eventually.WaitUntilAsync(() => output.ToString().Contains($"up {second}", StringComparison.Ordinal));

        Assert.NotNull(first);
        Assert.NotEqual(first, second);
        Assert.Contains("Exited App with exit code 137", output.ToString());
        lock (reported) Assert.Empty(reported);
    }
}
