using System.Net;
using System.Net.Sockets;
using LocalDapr.Actors;
using LocalDapr.Api.GrpcApi;
using LocalDapr.Api.Http;
using LocalDapr.Components;
using LocalDapr.Configuration;
using LocalDapr.Runtime;
using LocalDapr.Runtime.Delivery;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace LocalDapr.Hosting;

/// <summary>
/// One process serving a sidecar per app: each app's Dapr HTTP port (HTTP/1.1) and gRPC port (HTTP/2) on loopback,
/// its components, and — once the app's port answers — its subscriptions.
/// </summary>
public sealed class SidecarHost : IAsyncDisposable
{
    private readonly WebApplication _web;
    private readonly ComponentHost _components;
    private readonly CancellationTokenSource _stopping = new();
    private readonly List<Task> _background = [];
    private Task _actorScheduler = Task.CompletedTask;

    private SidecarHost(WebApplication web, ComponentHost components, SidecarRegistry registry)
    {
        _web = web;
        _components = components;
        Registry = registry;
    }

    public SidecarRegistry Registry { get; }

    public IServiceProvider Services => _web.Services;

    /// <summary>Completes when the host is asked to stop (Ctrl+C, or <c>/v1.0/shutdown</c>).</summary>
    public CancellationToken ApplicationStopping => _web.Lifetime.ApplicationStopping;

    public static async Task<SidecarHost> StartAsync(SidecarHostOptions options, CancellationToken cancellationToken = default)
    {
        var loggerFactory = options.LoggerFactory ?? LoggerFactory.Create(b => b
            .AddSimpleConsole(o => o.SingleLine = true)
            .AddFilter("Microsoft", LogLevel.Warning)
            .AddFilter("System", LogLevel.Warning));
        var components = new ComponentHost(loggerFactory);
        var resourceCache = new Dictionary<string, ResourceSet>(StringComparer.Ordinal);
        var sidecars = new List<AppSidecar>();
        var subscriptionsByApp = new Dictionary<string, IReadOnlyList<SubscriptionDefinition>>(StringComparer.Ordinal);
        var resiliencies = new List<ResiliencyDefinition>();

        try
        {
            foreach (var app in options.Apps)
            {
                var cacheKey = string.Join("|", app.ResourcesPaths);
                if (!resourceCache.TryGetValue(cacheKey, out var resources))
                {
                    resources = ResourceLoader.Load(app.ResourcesPaths);
                    resourceCache[cacheKey] = resources;
                    resiliencies.AddRange(resources.Resiliencies);
                }

                var appComponents = await components.CreateForAppAsync(app.AppId, app.AppDirPath, resources.Components, cancellationToken);
                sidecars.Add(new AppSidecar(app, app.DaprHttpPort ?? LoopbackPorts.Free(), app.DaprGrpcPort ?? LoopbackPorts.Free(), appComponents, TimeProvider.System));
                subscriptionsByApp[app.AppId] = resources.Subscriptions;
            }
        }
        catch
        {
            await components.DisposeAsync();
            throw;
        }

        var registry = new SidecarRegistry(sidecars);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(loggerFactory);
        builder.Services.AddSingleton(registry);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(new ResiliencyResolver(resiliencies));
        builder.Services.AddSingleton<InvocationForwarder>();
        builder.Services.AddSingleton<InvocationEndpoints>();
        builder.Services.AddSingleton<MessageDelivery>();
        builder.Services.AddSingleton<SubscriptionManager>();
        builder.Services.AddHttpClient(InvocationForwarder.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2), UseProxy = false });
        builder.Services.AddActorRuntime();
        builder.Services.AddDaprGrpcApi();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = 4 * 1024 * 1024;
            foreach (var sidecar in sidecars)
            {
                kestrel.Listen(IPAddress.Loopback, sidecar.HttpPort, o => o.Protocols = HttpProtocols.Http1);
                kestrel.Listen(IPAddress.Loopback, sidecar.GrpcPort, o => o.Protocols = HttpProtocols.Http2);
            }
        });

        var web = builder.Build();
        web.UseMiddleware<SidecarMiddleware>();
        web.UseRouting(); // after the middleware, so routing sees the path with repeated slashes collapsed
        MetadataEndpoints.Map(web);
        StateEndpoints.Map(web);
        PublishEndpoints.Map(web);
        SecretEndpoints.Map(web);
        InvocationEndpoints.Map(web);
        ActorEndpoints.Map(web);
        web.MapDaprGrpcApi();
        UnsupportedEndpoints.Map(web);

        var host = new SidecarHost(web, components, registry);
        try
        {
            await web.StartAsync(cancellationToken);
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }

        var manager = web.Services.GetRequiredService<SubscriptionManager>();
        var actors = web.Services.GetRequiredService<ActorRuntime>();
        var logger = loggerFactory.CreateLogger<SidecarHost>();
        host._actorScheduler = web.Services.GetRequiredService<ActorScheduler>().RunAsync(host._stopping.Token);
        foreach (var sidecar in sidecars)
        {
            logger.LogInformation("Sidecar for {AppId}: HTTP {HttpPort}, gRPC {GrpcPort}, app port {AppPort}, components: {Components}",
                sidecar.AppId, sidecar.HttpPort, sidecar.GrpcPort, sidecar.App.AppPort?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none",
                string.Join(", ", sidecar.Components.All.Select(c => $"{c.Name} ({c.Type})")));
            host._background.Add(host.SubscribeWhenAppIsUpAsync(sidecar, subscriptionsByApp[sidecar.AppId], manager, actors, options.AppPortPollInterval, logger));
        }

        return host;
    }

    /// <summary>Completes when every app with a port has been subscribed (for tests and the launcher's readiness line).</summary>
    public Task AppsSubscribed => Task.WhenAll(_background);

    private async Task SubscribeWhenAppIsUpAsync(AppSidecar sidecar, IReadOnlyList<SubscriptionDefinition> declarative, SubscriptionManager manager,
        ActorRuntime actors, TimeSpan pollInterval, ILogger logger)
    {
        if (sidecar.App.AppPort is not { } port) return;
        try
        {
            while (!await PortAnswersAsync(port, _stopping.Token)) await Task.Delay(pollInterval, _stopping.Token);
            await DiscoverActorsAsync(sidecar, actors, logger);
            await manager.StartAsync(sidecar, declarative, _stopping.Token);
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Could not subscribe app {AppId}", sidecar.AppId);
        }
    }

    private async Task DiscoverActorsAsync(AppSidecar sidecar, ActorRuntime actors, ILogger logger)
    {
        try
        {
            await actors.DiscoverAsync(sidecar, _stopping.Token);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Could not read the actor configuration of app {AppId}", sidecar.AppId);
        }
    }

    private static async Task<bool> PortAnswersAsync(int port, CancellationToken cancellationToken)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }


    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        try
        {
            await Task.WhenAll(_background);
        }
        catch (OperationCanceledException)
        {
        }

        await _actorScheduler;
        await _web.StopAsync();
        await _web.DisposeAsync();
        await _components.DisposeAsync();
        _stopping.Dispose();
    }
}
