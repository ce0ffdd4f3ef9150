using LocalDapr.Configuration;
using LocalDapr.Hosting;
using Microsoft.Extensions.Logging;

namespace PurchasePlatform.BuildingBlocks.Tests.Infrastructure;

/// <summary>LocalDapr sidecars (no components) for a few apps, so service invocation between them is real.</summary>
public sealed class DaprSidecars : IAsyncDisposable
{
    private readonly SidecarHost host;
    private readonly string directory;

    private DaprSidecars(SidecarHost host, string directory)
    {
        this.host = host;
        this.directory = directory;
    }

    /// <param name="apps">app id -> the port the app listens on (null: the app only calls out).</param>
    public static async Task<DaprSidecars> StartAsync(IReadOnlyDictionary<string, int?> apps)
    {
        var directory = Path.Combine(Path.GetTempPath(), "bb-sidecars-" + Guid.NewGuid().ToString("N"));
        var components = Directory.CreateDirectory(Path.Combine(directory, "components")).FullName;
        var definitions = apps
            .Select(app => new AppDefinition(app.Key, directory, app.Value, null, null, [], new Dictionary<string, string>(), [components], "http", null, false, null))
            .ToList();
        var host = await SidecarHost.StartAsync(new SidecarHostOptions
        {
            Apps = definitions,
            LoggerFactory = LoggerFactory.Create(logging => logging.SetMinimumLevel(LogLevel.Warning)),
            AppPortPollInterval = TimeSpan.FromMilliseconds(50),
        });
        return new DaprSidecars(host, directory);
    }

    /// <summary>The Dapr HTTP endpoint of <paramref name="appId"/>'s sidecar, as DAPR_HTTP_ENDPOINT gives it.</summary>
    public string HttpEndpoint(string appId) =>
        $"http://127.0.0.1:{(host.Registry.ByAppId(appId) ?? throw new ArgumentException($"no sidecar for {appId}")).HttpPort}";

    public async ValueTask DisposeAsync()
    {
        await host.DisposeAsync();
        Directory.Delete(directory, recursive: true);
    }
}
