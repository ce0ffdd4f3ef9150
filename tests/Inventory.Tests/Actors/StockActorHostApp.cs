using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PurchasePlatform.Inventory.Actors;

namespace PurchasePlatform.Inventory.Tests.Actors;

/// <summary>Hosts <see cref="StockActor"/> the way the Inventory service registers it, behind a LocalDapr sidecar.</summary>
internal sealed class StockActorHostApp : IAsyncDisposable
{
    private readonly WebApplication app;

    private StockActorHostApp(WebApplication app) => this.app = app;

    public static async Task<StockActorHostApp> StartAsync(int port, string sidecarHttpEndpoint, TimeSpan holdFor)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.Configure<ReservationOptions>(o => o.HoldFor = holdFor);
        builder.Services.AddActors(options =>
        {
            options.Actors.RegisterActor<StockActor>();
            options.UseJsonSerialization = true;
            options.HttpEndpoint = sidecarHttpEndpoint;
        });
        var app = builder.Build();
        app.MapActorsHandlers();
        await app.StartAsync();
        return new StockActorHostApp(app);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
