using System.Diagnostics;

namespace PurchasePlatform.Gateway.Tests.Infrastructure;

/// <summary>
/// Debian's <c>chromium</c> run headless on one page: it loads the page, lets the page's timers run for a span of
/// virtual time (network waits do not count, so no real sleeping), then prints the resulting DOM.
/// </summary>
public static class HeadlessChromium
{
    public const string Executable = "/usr/bin/chromium";

    public static bool IsInstalled => File.Exists(Executable);

    public static async Task<string> DumpDomAsync(Uri page, TimeSpan virtualTime)
    {
        var profile = Path.Combine(Path.GetTempPath(), "chromium-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(profile);
        var info = new ProcessStartInfo(Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
                 {
                     "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-extensions",
                     "--user-data-dir=" + profile, $"--virtual-time-budget={(int)virtualTime.TotalMilliseconds}", "--dump-dom", page.AbsoluteUri,
                 })
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException("could not start chromium");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"chromium did not finish within 90 s: {await errors}");
        }
        finally
        {
            try
            {
                Directory.Delete(profile, recursive: true);
            }
            catch (IOException)
            {
            }
        }

        var dom = await output;
        if (process.ExitCode != 0 || dom.Length == 0)
        {
            throw new InvalidOperationException($"chromium exited with {process.ExitCode}: {await errors}");
        }

        return dom;
    }
}

/// <summary>A test that needs <see cref="HeadlessChromium"/>: skipped, saying why, when chromium is not installed.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (!HeadlessChromium.IsInstalled)
        {
            Skip = $"{HeadlessChromium.Executable} is not installed (apt-get install -y chromium; tools/test.sh installs it)";
        }
    }
}
