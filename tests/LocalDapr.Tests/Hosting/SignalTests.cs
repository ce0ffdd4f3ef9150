using System.Diagnostics;
using LocalDapr.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PurchasePlatform.TestSupport;

namespace LocalDapr.Tests.Hosting;

/// <summary>
/// Signals belong to the process that holds the sidecars: a test run or benchmark with sidecars inside it stays
/// stoppable by SIGTERM/Ctrl+C, and the LocalDapr command still stops its apps and sidecars on SIGTERM.
/// </summary>
public sealed class SignalTests
{
    private static readonly TimeSpan ExitBound = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Sidecars_in_a_process_do_not_take_over_its_signals()
    {
        await using var run = await TestRun.StartAsync(new Dictionary<string, string>(), new Dictionary<string, int?> { ["solo"] = null });

        // The host's default lifetime (ConsoleLifetime) registers SIGINT, SIGTERM and SIGQUIT handlers that cancel the signal.
        Assert.IsType<EmbeddedHostLifetime>(run.Host.Services.GetRequiredService<IHostLifetime>());
    }

    [Fact]
    public async Task The_command_stops_on_sigterm()
    {
        var dir = Directory.CreateTempSubdirectory("localdapr-sigterm-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(dir, "components"));
            var runFile = Path.Combine(dir, "dapr.yaml");
            await File.WriteAllTextAsync(runFile, """
                version: 1
                apps:
                  - appID: solo
                    appDirPath: .
                    resourcesPath: ./components
                """);

            var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            info.ArgumentList.Add(typeof(SidecarHost).Assembly.Location);
            info.ArgumentList.Add("-f");
            info.ArgumentList.Add(runFile);
            using var process = Process.Start(info)!;
            var output = new System.Collections.Concurrent.ConcurrentQueue<string>();
            var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            process.OutputDataReceived += (_, e) =>
            {
                if (e.Data is null) return;
                output.Enqueue(e.Data);
                if (e.Data.Contains("all apps started", StringComparison.Ordinal)) started.TrySetResult();
            };
            process.ErrorDataReceived += (_, e) => { if (e.Data is not null) output.Enqueue(e.Data); };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            try
            {
                await started.Task.WaitAsync(ExitBound);
                using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
                {
                    await kill.WaitForExitAsync();
                    Assert.Equal(0, kill.ExitCode);
                }

                await process.WaitForExitAsync().WaitAsync(ExitBound);
            }
            finally
            {
                if (!process.HasExited) process.Kill(entireProcessTree: true);
            }

            Assert.Equal(0, process.ExitCode);
            Assert.Contains(output, line => line.Contains("== LocalDapr == stopped", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
