using System.Diagnostics;
using LocalDapr;

namespace PurchasePlatform.TestSupport;

/// <summary>
/// A throw-away PostgreSQL cluster on a free loopback port (initdb + pg_ctl from PATH, trust authentication, no
/// fsync). <see cref="IsAvailable"/> tells whether initdb is on PATH. PostgreSQL refuses to run as root, so under root the commands run as the "postgres" user.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "pg-" + Guid.NewGuid().ToString("N"));

    public int Port { get; } = LoopbackPorts.Free();

    /// <summary>Whether PostgreSQL's initdb is on PATH; tests that need a server are skipped without it.</summary>
    public static bool IsAvailable =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(folder => File.Exists(Path.Combine(folder, "initdb")));

    private string DataDirectory => Path.Combine(directory, "data");

    public string ConnectionString(string database) => $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database}";

    public async Task StartAsync()
    {
        Directory.CreateDirectory(directory);
        if (Environment.UserName == "root")
        {
            await RunAsync("chown", "postgres", directory);
        }

        await RunAsPostgresAsync("initdb", "-D", DataDirectory, "-A", "trust", "-U", "postgres", "--no-sync");
        await RunAsPostgresAsync("pg_ctl", "-D", DataDirectory, "-w", "-l", Path.Combine(directory, "server.log"), "-o",
            $"-p {Port} -k {directory} -c listen_addresses=127.0.0.1 -c fsync=off", "start");
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await RunAsPostgresAsync("pg_ctl", "-D", DataDirectory, "-m", "immediate", "stop");
        }
        finally
        {
            await TemporaryFolders.DeleteAsync(directory);
        }
    }

    private Task RunAsPostgresAsync(params string[] command) =>
        Environment.UserName == "root" ? RunAsync("runuser", ["-u", "postgres", "--", .. command]) : RunAsync(command[0], command[1..]);

    private static async Task RunAsync(string program, params string[] arguments)
    {
        var info = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {program}");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}: {await errors}{await output}");
        }
    }
}
