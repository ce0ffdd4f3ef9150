using System.Net;
using System.Net.Sockets;

namespace PurchasePlatform.Gateway.Tests.Infrastructure;

/// <summary>
/// A loopback port held bound but never listening: connecting to it is refused, and no other test can take it
/// while it is held — a stand-in for a process that is down.
/// </summary>
public sealed class ClosedPort : IDisposable
{
    private readonly Socket socket = new(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);

    public ClosedPort()
    {
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        Port = ((IPEndPoint)socket.LocalEndPoint!).Port;
    }

    public int Port { get; }

    public void Dispose() => socket.Dispose();
}
