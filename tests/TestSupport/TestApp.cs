using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace PurchasePlatform.TestSupport;

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

    /// <param name="port">The port to listen on; null: a free one.</param>
    public static async Task<TestApp> StartAsync(Action<WebApplication> map, int? port = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        // Port 0 unless one is asked for: the OS picks it as Kestrel binds, so nothing else can take it in between.
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port ?? 0));
        var app = builder.Build();
        map(app);
        await app.StartAsync();
        return new TestApp(app, new Uri(app.Urls.Single()).Port);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
