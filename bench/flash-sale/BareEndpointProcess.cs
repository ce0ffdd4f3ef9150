using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;

namespace PurchasePlatform.Bench.FlashSale;

/// <summary>This program started again as the bare endpoint (<see cref="BareEndpoint"/>), on a free loopback port.</summary>
public sealed class BareEndpointProcess : IAsyncDisposable
{
    private readonly Process _process;

    private BareEndpointProcess(Process process, int port)
    {
        _process = process;
        Address = new Uri($"http://127.0.0.1:{port}/");
    }

    public Uri Address { get; }

    public int ProcessId => _process.Id;

    public static async Task<BareEndpointProcess> StartAsync()
    {
        var port = LocalDapr.LoopbackPorts.Free();
        var info = new ProcessStartInfo("dotnet") { UseShellExecute = false };
        foreach (var argument in new[] { typeof(BareEndpoint).Assembly.Location, BareEndpoint.Argument, port.ToString(CultureInfo.InvariantCulture) })
            info.ArgumentList.Add(argument);
        var process = Process.Start(info) ?? throw new InvalidOperationException("could not start the bare endpoint");
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", port);
                return new BareEndpointProcess(process, port);
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        process.Kill();
        throw new TimeoutException("the bare endpoint did not listen within 30 s");
    }

    public async ValueTask DisposeAsync()
    {
        _process.Kill();
        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}
