using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LocalDapr.Tests.Actors;

/// <summary>An app hosting <see cref="CounterActor"/> with the real Dapr actors SDK, talking to its LocalDapr sidecar.</summary>
public sealed class ActorHostApp : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ActorHostApp(WebApplication app) => _app = app;

    public static async Task<ActorHostApp> StartAsync(int port, string sidecarHttpEndpoint, TimeSpan idleTimeout)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port));
        builder.Services.AddActors(options =>
        {
            options.Actors.RegisterActor<CounterActor>();
            options.HttpEndpoint = sidecarHttpEndpoint;
            options.ActorIdleTimeout = idleTimeout;
            options.ActorScanInterval = TimeSpan.FromMilliseconds(100);
        });
        var app = builder.Build();
        app.MapActorsHandlers();
        await app.StartAsync();
        return new ActorHostApp(app);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
