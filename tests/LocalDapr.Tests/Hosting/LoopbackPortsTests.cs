using System.Net;
using System.Net.Sockets;
using LocalDapr;
using Xunit;

namespace LocalDapr.Tests.Hosting;

public sealed class LoopbackPortsTests
{
    [Fact]
    public void Ports_handed_out_in_one_process_are_never_the_same_and_can_be_listened_on()
    {
        var ports = Enumerable.Range(0, 200).Select(_ => LoopbackPorts.Free()).ToList();

        Assert.Equal(ports.Count, ports.Distinct().Count());
        foreach (var port in ports.Take(20))
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
        }
    }

    [Fact]
    public void Ports_come_from_below_the_range_outgoing_connections_use()
    {
        var ephemeralStart = int.Parse(File.ReadAllText("/proc/sys/net/ipv4/ip_local_port_range").Split('\t', ' ')[0]);

        var ports = Enumerable.Range(0, 50).Select(_ => LoopbackPorts.Free()).ToList();

        Assert.All(ports, port => Assert.InRange(port, 10_000, ephemeralStart - 1));
    }

    [Fact]
    public void A_port_something_listens_on_is_not_free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var taken = ((IPEndPoint)listener.LocalEndpoint).Port;

        Assert.False(LoopbackPorts.IsFree(taken));
        listener.Stop();
        Assert.True(LoopbackPorts.IsFree(taken));
    }
}
