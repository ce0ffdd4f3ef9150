using System.Net;
using System.Net.Sockets;

namespace LocalDapr;

/// <summary>
/// Hands out TCP ports on 127.0.0.1 for apps and sidecars that must be told their port before they listen.
/// </summary>
/// <remarks>
/// Ports come from below the OS's ephemeral range, picked at random and never twice in one process: a port the OS
/// picks for a listener on port 0 is also the kind it gives to outgoing connections, and other processes started at
/// the same time (parallel test assemblies) are handed the same ones, so such a port is often gone by the time the
/// app binds it.
/// </remarks>
public static class LoopbackPorts
{
    private const int Lowest = 10_000;
    private static readonly HashSet<int> HandedOut = [];
    private static readonly int AboveHighest = EphemeralRangeStart();

    /// <summary>A TCP port on 127.0.0.1 that was free a moment ago and that this process has not handed out before.</summary>
    public static int Free()
    {
        for (var attempt = 0; AboveHighest > Lowest && attempt < 100; attempt++)
        {
            var port = Random.Shared.Next(Lowest, AboveHighest);
            lock (HandedOut)
            {
                if (!HandedOut.Add(port))
                {
                    continue;
                }
            }

            if (IsFree(port))
            {
                return port;
            }
        }

        return PickedByTheOs();
    }

    /// <summary>Whether nothing listens on the port now (bound without address reuse, so a listener anywhere counts).</summary>
    public static bool IsFree(int port)
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            socket.Bind(new IPEndPoint(IPAddress.Loopback, port));
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int PickedByTheOs()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The first port of the range Linux gives outgoing connections (32768 when it cannot be read).</summary>
    private static int EphemeralRangeStart()
    {
        const int LinuxDefault = 32_768;
        try
        {
            var range = File.ReadAllText("/proc/sys/net/ipv4/ip_local_port_range")
                .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            return range.Length == 2 && int.TryParse(range[0], out var start) ? start : LinuxDefault;
        }
        catch (IOException)
        {
            return LinuxDefault;
        }
        catch (UnauthorizedAccessException)
        {
            return LinuxDefault;
        }
    }
}
