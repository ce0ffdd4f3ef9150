using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace LocalDapr.Tests.Infrastructure;

/// <summary>A small ASP.NET Core app on a free loopback port, standing in for a service behind a sidecar.</summary>
public sealed class TestApp : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TestApp(WebApplication app, int port)
    {
        _app = app;
        Port = port;
    }

    public int Port { get; }

    public static async Task<TestApp> StartAsync(Action<WebApplication> map, int? port = null)
    {
        var chosen = port ?? LoopbackPorts.Free();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, chosen));
        var app = builder.Build();
        map(app);
        await app.StartAsync();
        return new TestApp(app, chosen);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
