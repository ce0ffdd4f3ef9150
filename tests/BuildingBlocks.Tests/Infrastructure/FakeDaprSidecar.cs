using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PurchasePlatform.BuildingBlocks.Tests.Infrastructure;

/// <summary>A real HTTP server on 127.0.0.1 standing in for daprd: answers /v1.0/healthz and echoes headers.</summary>
public sealed class FakeDaprSidecar : IAsyncDisposable
{
    private readonly WebApplication app;

    private FakeDaprSidecar(WebApplication app, Uri address)
    {
        this.app = app;
        Address = address;
    }

    public Uri Address { get; }

    public int Port => Address.Port;

    public static async Task<FakeDaprSidecar> StartAsync(int healthStatusCode = StatusCodes.Status204NoContent)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.MapGet("/v1.0/healthz", () => Results.StatusCode(healthStatusCode));
        app.MapGet("/echo-correlation-id", (HttpRequest request) => request.Headers["X-Correlation-Id"].ToString());
        await app.StartAsync();

        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return new FakeDaprSidecar(app, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
