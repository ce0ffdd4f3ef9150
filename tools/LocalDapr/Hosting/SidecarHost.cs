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
    private readonly ILogger _logger;
    private readonly SidecarStopTimeouts _stopTimeouts;
    private readonly Lazy<Task> _stopped;
    private Task _actorScheduler = Task.CompletedTask;

    private SidecarHost(WebApplication web, ComponentHost components, SidecarRegistry registry, ILogger logger, SidecarStopTimeouts stopTimeouts)
    {
        _web = web;
        _components = components;
        Registry = registry;
        _logger = logger;
        _stopTimeouts = stopTimeouts;
        _stopped = new Lazy<Task>(StopAsync); // every caller, concurrent or later, waits for the one stop
    }

    public SidecarRegistry Registry { get; }

    public IServiceProvider Services => _web.Services;

    /// <summary>Cancelled when the host is asked to stop (<c>/v1.0/shutdown</c>) or is stopping.</summary>
    public CancellationToken ApplicationStopping => _web.Lifetime.ApplicationStopping;

    public static async Task<SidecarHost> StartAsync(SidecarHostOptions options, CancellationToken cancellationToken = default)
    {
        var loggerFactory = options.LoggerFactory ?? LoggerFactory.Create(b => b
            .AddSimpleConsole(o => o.SingleLine = true)
            .AddFilter("Microsoft", LogLevel.Warning)
            .AddFilter("System", LogLevel.Warning));
        var components = new ComponentHost(loggerFactory, options.StopTimeouts.Component);
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
        builder.Services.AddSingleton<IHostLifetime, EmbeddedHostLifetime>();
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

        var logger = loggerFactory.CreateLogger<SidecarHost>();
        var host = new SidecarHost(web, components, registry, logger, options.StopTimeouts);
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


    /// <summary>
    /// Stops subscribing, the actor clock, the HTTP/gRPC servers and the components, in that order. Every step is
    /// bounded: what does not stop in time is logged and left behind, so a hung app or store cannot hang the caller.
    /// </summary>
    public ValueTask DisposeAsync() => new(_stopped.Value);

    private async Task StopAsync()
    {
        await _stopping.CancelAsync();
        await StopStepAsync("subscribing the apps", () => Task.WhenAll(_background), _stopTimeouts.Step);
        await StopStepAsync("the actor scheduler (reminders, timers, idle deactivation)", () => _actorScheduler, _stopTimeouts.Step);
        await StopStepAsync("the HTTP and gRPC servers", StopServersAsync, _stopTimeouts.Drain + _stopTimeouts.Step);
        await StopStepAsync("the sidecar services", () => _web.DisposeAsync().AsTask(), _stopTimeouts.Step);
        await StopStepAsync("the components", () => _components.DisposeAsync().AsTask(), _stopTimeouts.Component + _stopTimeouts.Step);
    }

    // Requests still running after the drain period have their connections aborted, so their handlers see RequestAborted.
    private async Task StopServersAsync()
    {
        using var drain = new CancellationTokenSource(_stopTimeouts.Drain);
        await _web.StopAsync(drain.Token);
    }

    // The step runs on the thread pool: a stop that blocks its thread (Kestrel's synchronous Dispose does) cannot block this one.
    private async Task StopStepAsync(string what, Func<Task> stop, TimeSpan timeout)
    {
        try
        {
            await Task.Run(stop).WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            _logger.LogWarning("LocalDapr: {What} did not stop within {Timeout}; left behind", what, timeout);
        }
        catch (OperationCanceledException)
        {
        }
        catch (Exception ex)
        {
            _logger.LogWarning(ex, "LocalDapr: stopping {What} failed", what);
        }
    }
}
