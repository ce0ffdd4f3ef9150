using System.Globalization;

namespace PurchasePlatform.Bench.FlashSale;

/// <summary>A process's peak resident memory: VmHWM from /proc/&lt;pid&gt;/status.</summary>
public static class PeakMemory
{
    public static long? KilobytesOf(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? null : long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>The redis-server serving that port (the test-support RedisServer does not say its pid).</summary>
    public static int? RedisServerOn(int port)
    {
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)) continue;
            try
            {
                // redis-server rewrites its command line to "redis-server 127.0.0.1:PORT".
                var commandLine = File.ReadAllText(Path.Combine(dir, "cmdline")).Replace('\0', ' ');
                if (commandLine.Contains("redis-server", StringComparison.Ordinal) &&
                    commandLine.Contains($":{port.ToString(CultureInfo.InvariantCulture)}", StringComparison.Ordinal)) return pid;
            }
            catch (IOException)
            {
            }
        }

        return null;
    }
}
