using System.Net;
using Dapr.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using LocalDapr;
using PurchasePlatform.Inventory.Actors;
using PurchasePlatform.TestSupport;

namespace PurchasePlatform.Inventory.Tests.Actors;

/// <summary>Hosts <see cref="StockShardActor"/> the way the Inventory service registers it, behind a LocalDapr sidecar.</summary>
internal sealed class ShardActorHostApp : IAsyncDisposable
{
    private readonly WebApplication app;

    private ShardActorHostApp(WebApplication app, int port)
    {
        this.app = app;
        Port = port;
    }

    public int Port { get; }

    public static async Task<ShardActorHostApp> StartAsync(int port, string sidecarHttpEndpoint, string sidecarGrpcEndpoint,
        InventoryOptions options)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(Microsoft.Extensions.Options.Options.Create(options));
        builder.Services.AddDaprClient(client => client.UseHttpEndpoint(sidecarHttpEndpoint).UseGrpcEndpoint(sidecarGrpcEndpoint));
        builder.Services.AddActors(actors =>
        {
            actors.Actors.RegisterActor<StockShardActor>();
            actors.UseJsonSerialization = true;
            actors.HttpEndpoint = sidecarHttpEndpoint;
        });
        var app = builder.Build();
        app.MapActorsHandlers();
        await app.StartAsync();
        return new ShardActorHostApp(app, port);
    }

    /// <summary>
    /// Starts a LocalDapr run whose "inventory" app is this host, plus <paramref name="otherApps"/>. The app's port is
    /// picked before the run starts; if something takes it in between, the whole start is tried again.
    /// </summary>
    public static async Task<(TestRun Run, ShardActorHostApp App)> StartWithSidecarsAsync(InventoryOptions options,
        IReadOnlyDictionary<string, string> resources, IReadOnlyDictionary<string, int?> otherApps)
    {
        for (var attempt = 1; ; attempt++)
        {
            var port = LoopbackPorts.Free();
            var apps = new Dictionary<string, int?>(otherApps) { ["inventory"] = port };
            var run = await TestRun.StartAsync(resources, apps);
            try
            {
                var app = await StartAsync(port, run.HttpEndpoint("inventory"), run.GrpcEndpoint("inventory"), options);
                await run.Host.AppsSubscribed.WaitAsync(TimeSpan.FromSeconds(20));
                return (run, app);
            }
            catch (IOException) when (attempt < 3)
            {
                await run.DisposeAsync();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
